package dev.geul.transfer.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.geul.base.BlogProperties;
import dev.geul.base.html.Excerpts;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.media.StoredMedia;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ArchiveLimits;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.ImportPipeline;
import dev.geul.transfer.ImportProgress;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.PendingPost;
import dev.geul.transfer.ReportText;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Brings a zip of Markdown files in: geul's own Markdown export, a Jekyll or Hugo site's posts
 * ({@code _posts/2023-03-05-slug.md}, {@code content/posts/slug.md}, drafts in {@code _drafts/}, pages in
 * {@code pages/}), each with its front matter (title, date, slug, categories, tags, status, visibility, password,
 * excerpt), and the images the zip holds, stored in the blog's media and linked where the posts linked them.
 * Importing the same zip again adds nothing twice. Admins only; written by the importing admin.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MarkdownImporter {

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)\\.(?:md|markdown)");
    private static final Pattern MARKDOWN = Pattern.compile("(?i).+\\.(md|markdown)");
    private static final Pattern MONTH_FOLDERS = Pattern.compile(".*?(\\d{4})/(\\d{2})/[^/]+");

    private final ImportPipeline pipeline;
    private final MediaStore media;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;
    private final Clock clock;
    private final MarkdownFormat format = new MarkdownFormat();

    MarkdownImporter(ImportPipeline pipeline, MediaStore media, HtmlSanitizer sanitizer, BlogProperties blog,
                     Clock clock) {
        this.pipeline = pipeline;
        this.media = media;
        this.sanitizer = sanitizer;
        this.zone = blog.timeZone();
        this.clock = clock;
    }

    /**
     * Imports the zip. Admins only.
     *
     * @throws ArchiveFormatException when the file is not a zip, holds no Markdown file, or unpacks to more than
     *                                {@link ArchiveLimits} allow (nothing stored)
     */
    public ImportReport importZip(Path zipFile, Consumer<ImportProgress> progress) {
        long authorId = pipeline.importingAdmin();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            ArchiveLimits.check(zip);
            List<ZipEntry> pages = zip.stream().filter(entry -> !entry.isDirectory())
                    .filter(entry -> MARKDOWN.matcher(entry.getName()).matches())
                    .filter(entry -> !entry.getName().contains("/.") && !entry.getName().startsWith("."))
                    .map(ZipEntry.class::cast).sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
            if (pages.isEmpty()) {
                throw new ArchiveFormatException("This zip holds no Markdown file (.md)", null);
            }
            AtomicLong read = new AtomicLong();
            return pipeline.run("a Markdown zip", read::get, Files.size(zipFile), progress, run -> {
                Map<String, String> copies = media(zip, run, read);
                for (ZipEntry page : pages) {
                    post(zip, page, copies, authorId, run, read);
                }
            });
        } catch (ZipException e) {
            throw new ArchiveFormatException("This is not a zip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the zip's images and files; where each was served (by its path in the zip) to where it is now. */
    private Map<String, String> media(ZipFile zip, ImportRun run, AtomicLong read) throws IOException {
        Map<String, String> copies = new HashMap<>();
        for (ZipEntry entry : zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry.class::cast).toList()) {
            String name = entry.getName();
            if (MARKDOWN.matcher(name).matches() || name.contains("/.") || name.startsWith(".")) {
                continue;
            }
            Matcher month = MONTH_FOLDERS.matcher(name);
            Instant date = month.matches() ? YearMonth.of(Integer.parseInt(month.group(1)),
                    Math.clamp(Integer.parseInt(month.group(2)), 1, 12)).atDay(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant() : null;
            try (InputStream data = ArchiveLimits.open(zip, entry)) {
                StoredMedia stored = media.storeImported(data, date);
                run.attachmentSeen();
                if (stored.created()) {
                    run.mediaStored();
                }
                copies.put("/" + name, stored.path());
                read.addAndGet(entry.getCompressedSize());
            } catch (MediaRefusedException refused) {
                run.skip(ImportLabels.file(name), ImportLabels.refusedFile(refused.reason()));
            }
        }
        return copies;
    }

    private void post(ZipFile zip, ZipEntry entry, Map<String, String> copies, long authorId, ImportRun run,
                      AtomicLong read) throws IOException {
        String name = entry.getName();
        String text;
        try (InputStream in = ArchiveLimits.open(zip, entry)) {
            java.util.Optional<byte[]> bytes = ArchiveLimits.readText(in);
            read.addAndGet(entry.getCompressedSize());
            if (bytes.isEmpty()) {
                run.skip(ImportLabels.file(name), ArchiveLimits.textTooLarge());
                return;
            }
            text = new String(bytes.get(), StandardCharsets.UTF_8);
        }
        MarkdownFormat.Document document = format.read(text);
        Map<String, @Nullable Object> front = document.frontMatter();
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        Matcher dated = DATED_NAME.matcher(fileName);
        String slug = string(front.get("slug"));
        if (slug == null) {
            slug = dated.matches() ? dated.group(2) : fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
        }
        String title = string(front.get("title"));
        title = sanitizer.toPlainText(title == null ? slug : title).strip();
        if (title.isEmpty()) {
            title = ImportLabels.UNTITLED;
        }
        ReportText label = ReportText.of("transfer.label.file", "\"{0}\" ({1})", title, name);
        Instant date = instant(front.get("date"));
        if (date == null && dated.matches()) {
            date = LocalDate.parse(dated.group(1)).atStartOfDay(zone).toInstant();
        }
        boolean draftFolder = name.startsWith("_drafts/") || name.contains("/_drafts/");
        PostStatus status = enumOr(PostStatus.class, string(front.get("status")),
                draftFolder || Boolean.TRUE.equals(front.get("draft")) ? PostStatus.DRAFT : PostStatus.PUBLISHED);
        if (status != PostStatus.DRAFT && date == null) {
            date = clock.instant();
        }
        Visibility visibility = enumOr(Visibility.class, string(front.get("visibility")), Visibility.PUBLIC);
        String password = string(front.get("password"));
        if (visibility == Visibility.PASSWORD && (password == null || password.length() > Post.PASSWORD_MAX_LENGTH)) {
            run.skip(ImportLabels.partOf(label, ImportLabels.PASSWORD), ReportText.of("transfer.why.frontMatterPassword",
                    "The front matter gives no usable password; the post came in private"));
            visibility = Visibility.PRIVATE;
            password = null;
        }
        PostKind kind = name.startsWith("pages/") || "page".equalsIgnoreCase(string(front.get("type")))
                ? PostKind.PAGE : PostKind.POST;

        List<Long> categoryIds = new ArrayList<>();
        for (String path : strings(front.get("categories"))) {
            Long id = run.names().categoryPath(path);
            if (id != null && !categoryIds.contains(id)) {
                categoryIds.add(id);
            }
        }
        List<String> tags = new ArrayList<>();
        for (String tag : strings(front.get("tags"))) {
            String tagSlug = run.names().tag("", tag);
            if (tagSlug != null && !tags.contains(tagSlug)) {
                tags.add(tagSlug);
            }
        }
        String html = linkedToCopies(format.toHtml(document.markdown()), copies);
        Instant created = date == null ? clock.instant() : date;
        // an excerpt is plain text wherever it comes from: markup in the front matter must not reach a reader
        String excerpt = string(front.get("excerpt"));
        excerpt = excerpt == null ? null : sanitizer.toPlainText(excerpt).strip();
        if (excerpt != null && excerpt.length() > Post.EXCERPT_MAX_LENGTH) {
            excerpt = Excerpts.shorten(excerpt, Post.EXCERPT_MAX_LENGTH - 10);
        }
        PostData data = new PostData(null, kind, title, slug, html, excerpt, status, visibility,
                password, status == PostStatus.DRAFT ? null : date, created, created, null, authorId,
                categoryIds.isEmpty() ? null : categoryIds.getFirst(),
                categoryIds.size() > 1 ? categoryIds.subList(1, categoryIds.size()) : List.of(), tags, false, true,
                null, "markdown:" + name, List.of());
        run.add(new PendingPost(name, kind, label, data, null, List.of()));
        run.itemRead(title);
    }

    /** Images and links at files of the zip point at the blog's copies. */
    private static String linkedToCopies(String html, Map<String, String> copies) {
        if (copies.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.select("img[src], a[href]")) {
            String attribute = element.tagName().equals("img") ? "src" : "href";
            String address = element.attr(attribute);
            String copy = copies.get(address.startsWith("/") ? address : "/" + address);
            if (copy != null) {
                element.attr(attribute, copy);
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static @Nullable String string(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    /** A front matter list, or one value, as strings. */
    private static List<String> strings(@Nullable Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(MarkdownImporter::string).filter(v -> v != null).toList();
        }
        String one = string(value);
        return one == null ? List.of() : List.of(one);
    }

    private @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = string(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, @Nullable String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
