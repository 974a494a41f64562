package dev.geul.transfer.wxr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.media.MediaDownloader;
import dev.geul.post.PostKind;
import dev.geul.transfer.ArchiveElement;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ArchiveMapping;
import dev.geul.transfer.ImportPipeline;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.RemoteMedia;
import dev.geul.transfer.ReportText;
import org.jspecify.annotations.Nullable;

import static dev.geul.transfer.ArchiveNamespace.RSS;
import static dev.geul.transfer.ArchiveNamespace.WP;

/**
 * The elements of one WordPress export as the blog's writers, categories and tags, and its items as posts and
 * pages ({@link WxrPosts}) or attachments, downloaded once the posts are in. Nothing is stored from a file that has
 * not said which WXR version it is; what geul has no place for (menus, other taxonomies) is counted in the report.
 */
final class WxrMapping implements ArchiveMapping {

    /** WordPress writes 1.0, 1.1 or 1.2; its importer refuses a file without such a number. */
    private static final Pattern WXR_VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final ReportText NO_MENUS = ReportText.of("transfer.why.wxr.noMenus",
            "geul has no menus; its pages list themselves");
    private static final ReportText UNKNOWN_CONTENT = ReportText.of("transfer.why.wxr.unknown",
            "geul does not know this kind of content");
    private static final ReportText ATTACHMENT = ReportText.of("transfer.label.attachment", "attachment");

    private final ImportRun run;
    private final ImportPipeline pipeline;
    private final MediaDownloader downloader;
    private final HtmlSanitizer sanitizer;
    private final ZoneId zone;
    private final WxrPosts posts;
    private String site = "";
    private boolean versionKnown;
    private final Map<String, Long> authorsByWxrId = new HashMap<>();
    /** The attachments' addresses, with the dates of their uploads. */
    private final Map<String, Instant> attachments = new LinkedHashMap<>();

    WxrMapping(ImportRun run, ImportPipeline pipeline, MediaDownloader downloader, HtmlSanitizer sanitizer,
               ZoneId zone, Clock clock) {
        this.run = run;
        this.pipeline = pipeline;
        this.downloader = downloader;
        this.sanitizer = sanitizer;
        this.zone = zone;
        this.posts = new WxrPosts(this, run, sanitizer, zone, clock);
    }

    /** Once the posts are in: downloads the attachments and points the posts at them; what fails is reported. */
    @Override
    public void allRead() {
        if (attachments.isEmpty()) {
            return;
        }
        RemoteMedia remote = new RemoteMedia(downloader, run);
        if (!remote.enabled()) {
            run.note(ReportText.of("transfer.note.wxr.notDownloaded", "Attachments were not downloaded"
                    + " (BLOG_IMPORT_MEDIA_DOWNLOAD=false): posts link to them where they were. Their uploads"
                    + " folder can be imported as a zip."));
        }
        Map<String, String> copies = new HashMap<>();
        for (Map.Entry<String, Instant> attachment : attachments.entrySet()) {
            remote.copyOf(attachment.getKey(), attachment.getValue(), ATTACHMENT)
                    .ifPresent(copy -> copies.put(UploadLinks.key(attachment.getKey()), copy));
        }
        if (copies.isEmpty()) {
            return;
        }
        UploadLinks links = new UploadLinks(copies);
        List<Long> ids = new ArrayList<>(run.storedPosts());
        for (int from = 0; from < ids.size(); from += ImportRun.BATCH_POSTS) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + ImportRun.BATCH_POSTS));
            run.inTransaction(ReportText.of("transfer.what.attachmentLinks", "links to the attachments"),
                    () -> pipeline.posts().rewriteContent(batch,
                    links::rewrite));
        }
    }

    @Override
    public void read(ArchiveElement element) {
        switch (element.namespace()) {
            case RSS -> {
                if (element.name().equals("item")) {
                    requireVersion();
                    item(element);
                } else if (element.name().equals("link") && site.isEmpty()) {
                    site = siteOf(element.text());
                }
            }
            case WP -> {
                switch (element.name()) {
                    case "wxr_version" -> {
                        if (!WXR_VERSION.matcher(element.text().strip()).matches()) {
                            throw new ArchiveFormatException("This is not a WordPress export (WXR) file: its version \""
                                    + element.text().strip() + "\" is not one WordPress writes", null);
                        }
                        versionKnown = true;
                    }
                    case "base_blog_url" -> site = siteOf(element.text());
                    case "author" -> {
                        requireVersion();
                        author(element);
                    }
                    case "category" -> {
                        requireVersion();
                        category(element.child(WP, "category_nicename").orElse(""),
                                element.child(WP, "cat_name").orElse(""),
                                element.child(WP, "category_description").orElse(null),
                                element.child(WP, "category_parent").orElse(null), element.meta("termmeta"));
                    }
                    case "tag" -> {
                        requireVersion();
                        tag(element.child(WP, "tag_slug").orElse(""), element.child(WP, "tag_name").orElse(""));
                    }
                    case "term" -> {
                        requireVersion();
                        term(element);
                    }
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Nothing is stored from a file that has not said it is a WordPress export. */
    void requireVersion() {
        if (!versionKnown) {
            throw new ArchiveFormatException("This is not a WordPress export (WXR) file: it has no wp:wxr_version "
                    + "before its content", null);
        }
    }

    // ------------------------------------------------------------ writers, categories, tags

    void author(ArchiveElement element) {
        String login = element.child(WP, "author_login").orElse(null);
        if (login == null) {
            return;
        }
        run.names().author(login, element.child(WP, "author_display_name").orElse(login)).ifPresent(account ->
                element.child(WP, "author_id").ifPresent(wxrId -> authorsByWxrId.put(wxrId, account)));
    }

    /** The category of this slug (nicename) or name, found or created once. */
    @Nullable Long category(String nicename, String name, @Nullable String description, @Nullable String parent,
                            Map<String, String> meta) {
        String slug = WxrText.decodePercent(nicename).strip();
        String key = slug.isEmpty() ? sanitizer.toPlainText(name) : slug;
        String parentKey = parent == null || parent.isBlank() ? null : WxrText.decodePercent(parent).strip();
        return run.names().category(key, name, slug, description, parentKey, parseInt(meta.get(WxrMeta.SORT_ORDER)));
    }

    /** The slug of the tag of this slug or name, found or created once. */
    @Nullable String tag(String slugValue, String name) {
        return run.names().tag(WxrText.decodePercent(slugValue).strip(), name);
    }

    void term(ArchiveElement element) {
        String taxonomy = element.child(WP, "term_taxonomy").orElse("");
        String slug = element.child(WP, "term_slug").orElse("");
        String name = element.child(WP, "term_name").orElse(slug);
        switch (taxonomy) {
            case "category" -> category(slug, name, element.child(WP, "term_description").orElse(null),
                    element.child(WP, "term_parent").orElse(null), element.meta("termmeta"));
            case "post_tag" -> tag(slug, name);
            case "nav_menu" -> run.skipType(ReportText.of("transfer.what.menu", "navigation menu"), NO_MENUS);
            default -> run.skipType(ReportText.of("transfer.what.taxonomyTerm", "term of the taxonomy {0}",
                    taxonomy), UNKNOWN_CONTENT);
        }
    }

    // ------------------------------------------------------------ items

    void item(ArchiveElement item) {
        String type = item.child(WP, "post_type").map(String::strip).orElse("");
        String title = sanitizer.toPlainText(item.raw(RSS, "title"));
        switch (type) {
            // WordPress's importer skips an item that does not say what it is; so does geul, and the item's id stays
            // free for the post or page that really has it
            case "" -> run.skipType(ReportText.of("transfer.what.untyped", "item without a post type"),
                    ReportText.of("transfer.why.wxr.untyped", "WordPress skips an item that does not say what it is"));
            case "post", "page" -> posts.post(item, type.equals("page") ? PostKind.PAGE : PostKind.POST, title);
            case "attachment" -> {
                run.attachmentSeen();
                Instant uploaded = Optional.ofNullable(WxrText.date(item.raw(WP, "post_date_gmt"),
                        ZoneOffset.UTC)).orElse(WxrText.date(item.raw(WP, "post_date"), zone));
                item.child(WP, "attachment_url").or(() -> item.child(RSS, "guid"))
                        .ifPresent(url -> attachments.putIfAbsent(url, uploaded));
            }
            case "nav_menu_item" -> run.skipType(ReportText.of("transfer.what.menuItem", "navigation menu item"),
                    NO_MENUS);
            default -> run.skipType(ReportText.of("transfer.what.itemType", "item of the type {0}", type),
                    UNKNOWN_CONTENT);
        }
        run.itemRead(title);
    }

    /** The site the file came from, as its import keys name it; empty until the file has said it. */
    String site() {
        return site;
    }

    /** The account an author of the file (by the file's id for them) became, or null. */
    @Nullable Long accountOf(String wxrId) {
        return authorsByWxrId.get(wxrId);
    }

    /** The site an archive came from, as its import keys name it: {@code https://example.com} without a final slash. */
    private static String siteOf(String url) {
        String site = url == null ? "" : url.strip();
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site;
    }

    private static int parseInt(@Nullable String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
