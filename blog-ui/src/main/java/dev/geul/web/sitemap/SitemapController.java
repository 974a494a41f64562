package dev.geul.web.sitemap;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostLists;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What search engines should crawl: {@code /sitemap.xml} lists the home page, every live public post and page and
 * every category that holds posts readers see; {@code /robots.txt} names it. Unlisted, protected and private
 * posts stay out.
 */
@RestController
class SitemapController {

    private final PostLists posts;
    private final CategoryService categories;
    private final BlogProperties blog;

    SitemapController(PostLists posts, CategoryService categories, BlogProperties blog) {
        this.posts = posts;
        this.categories = categories;
        this.blog = blog;
    }

    @GetMapping(value = "/sitemap.xml")
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, blog.baseUrl() + "/", null);
        for (PostLists.PublicEntry entry : posts.publicEntries()) {
            String path = entry.kind().permalink(entry.slug());
            url(xml, blog.baseUrl() + path, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    entry.updatedAt().atOffset(ZoneOffset.UTC).withNano(0)));
        }
        for (CategoryNode category : CategoryNode.flatten(categories.tree())) {
            if (category.totalPostCount() > 0) {
                url(xml, blog.baseUrl() + Permalinks.category(category.slug()), null);
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(xml.toString());
    }

    @GetMapping(value = "/robots.txt")
    ResponseEntity<String> robots() {
        String robots = """
                User-agent: *
                Disallow: /api/
                Disallow: /login

                Sitemap: %s/sitemap.xml
                """.formatted(blog.baseUrl());
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(robots);
    }

    private static void url(StringBuilder xml, String location, @Nullable String lastModified) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
