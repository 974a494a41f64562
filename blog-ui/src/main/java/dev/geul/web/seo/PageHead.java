package dev.geul.web.seo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.base.html.Excerpts;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostReader;
import dev.geul.ui.post.ReaderCache;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.web.feed.FeedController;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The first HTML of a page, before any JavaScript runs, says what the page is: a crawler or a link preview sees
 * the title, description, Open Graph tags, canonical address and feed links, and the text itself inside
 * {@code <noscript>} (browsers that run the app never show it). Everything is looked up as someone who is not
 * signed in sees it, whoever asks: protected posts give their title only, private posts and drafts nothing.
 */
@Component
class PageHead implements IndexHtmlRequestListener {

    static final int DESCRIPTION_LENGTH = 160;
    static final int LISTED = 10;

    private static final Logger log = LoggerFactory.getLogger(PageHead.class);

    private final PostReader posts;
    private final CategoryService categories;
    private final BlogProperties blog;
    /** The home feed, as the home page itself shows it: loaded once for a crowd of first requests. */
    private final ReaderCache readerCache;

    PageHead(PostReader posts, CategoryService categories, BlogProperties blog, ReaderCache readerCache) {
        this.readerCache = readerCache;
        this.posts = posts;
        this.categories = categories;
        this.blog = blog;
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Document document = response.getDocument();
        try {
            describe(document, path(response.getVaadinRequest()));
        } catch (RuntimeException e) {
            // the app still works without these tags; a crawler just sees less
            log.warn("Could not describe the page for crawlers", e);
        }
    }

    void describe(Document document, String path) {
        link(document, "alternate", blog.baseUrl() + FeedController.path(), FeedController.ATOM, blog.title());
        if (path.equals("/") || path.isEmpty()) {
            home(document);
        } else if (path.startsWith(Permalinks.POSTS) || path.startsWith(Permalinks.PAGES)) {
            posts.findPublicly(slug(path)).ifPresent(post -> post(document, post));
        } else if (path.startsWith(Permalinks.CATEGORIES)) {
            categories.findBySlug(slug(path)).ifPresent(category -> category(document, category));
        }
    }

    private void home(Document document) {
        document.title(blog.title());
        String canonical = blog.baseUrl() + "/";
        common(document, blog.title(), blog.description(), canonical, "website");
        Element list = noscript(document).appendElement("section");
        list.appendElement("h1").text(blog.title());
        if (!blog.description().isBlank()) {
            list.appendElement("p").text(blog.description());
        }
        listPosts(list, readerCache.feed(0, LISTED).getContent());
    }

    private void post(Document document, PostDetail post) {
        String canonical = blog.baseUrl()
                + (post.kind() == PostKind.PAGE ? Permalinks.page(post.slug()) : Permalinks.post(post.slug()));
        document.title(post.title() + " - " + blog.title());
        String description = post.locked() ? null : Excerpts.shorten(post.excerpt(), DESCRIPTION_LENGTH);
        common(document, post.title(), description, canonical, "article");
        if (post.publishedAt() != null) {
            meta(document, "property", "article:published_time",
                    DateTimeFormatter.ISO_INSTANT.format(post.publishedAt()));
        }
        meta(document, "property", "article:modified_time", DateTimeFormatter.ISO_INSTANT.format(post.updatedAt()));
        if (post.category() != null) {
            meta(document, "property", "article:section", post.category().name());
            link(document, "alternate", blog.baseUrl() + FeedController.path(post.category().slug()),
                    FeedController.ATOM, post.category().name() + " - " + blog.title());
        }
        for (PostSummary.TagRef tag : post.tags()) {
            document.head().appendElement("meta").attr("property", "article:tag").attr("content", tag.name());
        }
        if (post.visibility() == Visibility.UNLISTED) {
            meta(document, "name", "robots", "noindex");
        }
        Optional<String> image = post.locked() ? Optional.empty() : firstImage(post.contentHtml());
        image.ifPresent(src -> meta(document, "property", "og:image", src));
        meta(document, "name", "twitter:card", image.isPresent() ? "summary_large_image" : "summary");

        Element article = noscript(document).appendElement("article");
        article.appendElement("h1").text(post.title());
        if (post.publishedAt() != null) {
            article.appendElement("time").attr("datetime", DateTimeFormatter.ISO_INSTANT.format(post.publishedAt()))
                    .text(post.publishedAt().atZone(blog.timeZone()).toLocalDate().toString());
        }
        if (post.locked()) {
            article.appendElement("p").text("This post is protected by a password.");
        } else {
            article.appendElement("div").html(post.contentHtml());
        }
    }

    private void category(Document document, CategoryNode category) {
        String canonical = blog.baseUrl() + Permalinks.category(category.slug());
        document.title(category.name() + " - " + blog.title());
        common(document, category.name(), category.description() == null ? blog.description() : category.description(),
                canonical, "website");
        link(document, "alternate", blog.baseUrl() + FeedController.path(category.slug()), FeedController.ATOM,
                category.name() + " - " + blog.title());
        Element list = noscript(document).appendElement("section");
        list.appendElement("h1").text(category.name());
        listPosts(list, posts.listByCategory(category.slug(), PageRequest.of(0, LISTED)).getContent());
    }

    private void common(Document document, String title, String description, String canonical, String type) {
        link(document, "canonical", canonical, null, null);
        meta(document, "property", "og:site_name", blog.title());
        meta(document, "property", "og:title", title);
        meta(document, "property", "og:type", type);
        meta(document, "property", "og:url", canonical);
        meta(document, "property", "og:locale", "ko_KR");
        if (description != null && !description.isBlank()) {
            meta(document, "name", "description", description);
            meta(document, "property", "og:description", description);
        }
    }

    private void listPosts(Element into, List<PostSummary> summaries) {
        Element list = into.appendElement("ul");
        for (PostSummary post : summaries) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", blog.baseUrl() + Permalinks.post(post.slug())).text(post.title());
            if (!post.excerpt().isBlank()) {
                item.appendElement("p").text(post.excerpt());
            }
        }
    }

    private Optional<String> firstImage(String html) {
        Element image = Jsoup.parseBodyFragment(html).selectFirst("img[src]");
        if (image == null) {
            return Optional.empty();
        }
        String src = image.attr("src");
        return Optional.of(src.startsWith("/") && !src.startsWith("//") ? blog.baseUrl() + src : src);
    }

    private static Element noscript(Document document) {
        Element noscript = document.body().selectFirst("noscript#geul-content");
        if (noscript == null) {
            noscript = document.body().prependElement("noscript").id("geul-content");
        }
        return noscript;
    }

    private static void meta(Document document, String keyAttribute, String key, String content) {
        document.head().getElementsByAttributeValue(keyAttribute, key).remove();
        document.head().appendElement("meta").attr(keyAttribute, key).attr("content", content);
    }

    private static void link(Document document, String rel, String href, String type, String title) {
        if (rel.equals("canonical")) {
            document.head().select("link[rel=canonical]").remove();
        }
        Element link = document.head().appendElement("link").attr("rel", rel).attr("href", href);
        if (type != null) {
            link.attr("type", type);
        }
        if (title != null) {
            link.attr("title", title);
        }
    }

    private static String slug(String path) {
        String segment = path.substring(path.indexOf('/', 1) + 1);
        int end = segment.indexOf('/');
        if (end >= 0) {
            segment = segment.substring(0, end);
        }
        return segment.indexOf('%') >= 0
                ? URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8) : segment;
    }

    /** The path the browser asked for, without the context path, still percent-encoded. */
    static String path(VaadinRequest request) {
        if (!(request instanceof VaadinServletRequest servletRequest)) {
            return "/";
        }
        HttpServletRequest http = servletRequest.getHttpServletRequest();
        Object forwarded = http.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : http.getRequestURI();
        String context = http.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
