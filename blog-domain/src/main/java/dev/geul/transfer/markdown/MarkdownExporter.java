package dev.geul.transfer.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.geul.base.BlogProperties;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.category.CategoryTransfer;
import dev.geul.category.CategoryTransfer.CategoryData;
import dev.geul.media.MediaFile;
import dev.geul.media.MediaStore;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostTransfer;
import dev.geul.post.PostTransfer.PostData;
import dev.geul.post.Visibility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The whole blog as Markdown files, for a static site (Jekyll, Hugo) or another blog: a zip of
 * {@code _posts/YYYY-MM-DD-slug.md} (published and scheduled posts), {@code _drafts/slug.md}, {@code pages/slug.md},
 * each with its front matter (title, date, slug, categories as paths, tags, visibility, status), and the images
 * they show under {@code media/}, at the paths the posts link them (so the zip's root is a site's root). Posts in
 * the trash stay out (the WXR export carries them). Admins only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MarkdownExporter {

    private static final int BATCH = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final PostTransfer posts;
    private final CategoryTransfer categories;
    private final MediaStore media;
    private final ZoneId zone;
    private final Clock clock;
    private final MarkdownFormat format = new MarkdownFormat();

    MarkdownExporter(PostTransfer posts, CategoryTransfer categories, MediaStore media, BlogProperties blog,
                     Clock clock) {
        this.posts = posts;
        this.categories = categories;
        this.media = media;
        this.zone = blog.timeZone();
        this.clock = clock;
    }

    public String fileName() {
        return "geul.markdown." + DAY.format(clock.instant().atZone(zone)) + ".zip";
    }

    /** Writes the zip to {@code out}, reading the blog in batches; the stream is finished, not closed. */
    public void exportZip(OutputStream out) throws IOException {
        Map<Long, String> categoryPaths = categoryPaths(categories.all());
        Map<String, String> tagNames = new HashMap<>();
        posts.allTags().forEach(tag -> tagNames.put(tag.slug(), tag.name()));
        ZipOutputStream zip = new ZipOutputStream(out);
        Set<String> written = new HashSet<>();
        long after = 0;
        for (List<PostData> batch = posts.batchAfter(after, BATCH); !batch.isEmpty();
             batch = posts.batchAfter(after, BATCH)) {
            for (PostData post : batch) {
                after = post.storedId();
                if (post.trashedAt() == null) {
                    writePost(zip, post, categoryPaths, tagNames, written);
                }
            }
        }
        zip.finish();
    }

    private void writePost(ZipOutputStream zip, PostData post, Map<Long, String> categoryPaths,
                           Map<String, String> tagNames, Set<String> written) throws IOException {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", post.title());
        if (post.publishedAt() != null) {
            front.put("date", post.publishedAt().atZone(zone).toOffsetDateTime().toString());
        }
        front.put("slug", post.slug());
        List<String> postCategories = new ArrayList<>();
        if (post.categoryId() != null && categoryPaths.containsKey(post.categoryId())) {
            postCategories.add(categoryPaths.get(post.categoryId()));
        }
        post.moreCategoryIds().stream().map(categoryPaths::get).filter(path -> path != null)
                .forEach(postCategories::add);
        if (!postCategories.isEmpty()) {
            front.put("categories", postCategories);
        }
        if (!post.tagSlugs().isEmpty()) {
            front.put("tags", post.tagSlugs().stream().map(slug -> tagNames.getOrDefault(slug, slug)).toList());
        }
        front.put("status", post.status().name().toLowerCase(Locale.ROOT));
        front.put("visibility", post.visibility().name().toLowerCase(Locale.ROOT));
        if (post.visibility() == Visibility.PASSWORD) {
            front.put("password", post.accessPassword());
        }
        if (post.excerpt() != null) {
            front.put("excerpt", post.excerpt());
        }
        entry(zip, pathOf(post), format.write(front, format.toMarkdown(post.contentHtml()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), written);
        for (Element used : Jsoup.parseBodyFragment(post.contentHtml()).select("img[src], a[href]")) {
            String address = used.hasAttr("src") ? used.attr("src") : used.attr("href");
            if (address.startsWith(HtmlSanitizer.MEDIA_PATH) && !written.contains(address.substring(1))) {
                MediaFile file = media.find(address).orElse(null);
                if (file != null) {
                    try (InputStream bytes = file.open()) {
                        entry(zip, address.substring(1), bytes.readAllBytes(), written);
                    }
                }
            }
        }
    }

    private String pathOf(PostData post) {
        if (post.kind() == PostKind.PAGE) {
            return "pages/" + post.slug() + ".md";
        }
        if (post.status() == PostStatus.DRAFT || post.publishedAt() == null) {
            return "_drafts/" + post.slug() + ".md";
        }
        return "_posts/" + DAY.format(post.publishedAt().atZone(zone)) + "-" + post.slug() + ".md";
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content, Set<String> written)
            throws IOException {
        if (!written.add(path)) {
            return;
        }
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    /** Each category as the path of names from the top, "parent/child". */
    private static Map<Long, String> categoryPaths(List<CategoryData> all) {
        Map<Long, String> paths = new HashMap<>();
        for (CategoryData category : all) {
            // parents come before their children
            String parent = category.parentId() == null ? null : paths.get(category.parentId());
            paths.put(category.id(), parent == null ? category.name() : parent + "/" + category.name());
        }
        return paths;
    }
}
