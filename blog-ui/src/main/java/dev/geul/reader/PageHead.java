package dev.geul.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.geul.base.BlogProperties;
import dev.geul.base.html.Excerpts;
import dev.geul.category.CategoryNode;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.reader.ReaderModels.FeedLink;
import dev.geul.reader.ReaderModels.Head;
import dev.geul.reader.ReaderModels.Meta;
import dev.geul.web.feed.FeedController;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a page says it is before anyone reads it: the title, description, canonical address, Open Graph tags for
 * link previews, feed links and JSON-LD for search engines. Protected posts give their title only.
 */
@Component
class PageHead {

    static final int DESCRIPTION_LENGTH = 160;

    private final BlogProperties blog;
    private final SiteFrame frame;

    PageHead(BlogProperties blog, SiteFrame frame) {
        this.blog = blog;
        this.frame = frame;
    }

    Head home() {
        String canonical = blog.baseUrl() + "/";
        List<Meta> metas = common(frame.title(), frame.description(), canonical, "website");
        String jsonLd = Json.object("@context", "https://schema.org", "@type", "WebSite", "name", frame.title(),
                "url", canonical, "description", frame.description(),
                "potentialAction", Json.raw(Json.object("@type", "SearchAction",
                        "target", blog.baseUrl() + "/search?q={search_term_string}",
                        "query-input", "required name=search_term_string")));
        return new Head(frame.title(), frame.description(), canonical, metas, feeds(null, null), jsonLd, false);
    }

    Head post(PostDetail post) {
        String path = post.kind().permalink(post.slug());
        String canonical = blog.baseUrl() + path;
        String description = post.locked() ? null : Excerpts.shorten(post.excerpt(), DESCRIPTION_LENGTH);
        List<Meta> metas = common(post.title(), description, canonical, "article");
        if (post.publishedAt() != null) {
            metas.add(new Meta("property", "article:published_time", ReaderDates.iso(post.publishedAt())));
        }
        metas.add(new Meta("property", "article:modified_time", ReaderDates.iso(post.updatedAt())));
        if (post.category() != null) {
            metas.add(new Meta("property", "article:section", post.category().name()));
        }
        for (PostSummary.TagRef tag : post.tags()) {
            metas.add(new Meta("property", "article:tag", tag.name()));
        }
        Optional<String> image = post.locked() ? Optional.empty() : firstImage(post.contentHtml());
        image.ifPresent(src -> metas.add(new Meta("property", "og:image", src)));
        metas.add(new Meta("name", "twitter:card", image.isPresent() ? "summary_large_image" : "summary"));
        String jsonLd = Json.object("@context", "https://schema.org",
                "@type", post.kind() == PostKind.PAGE ? "WebPage" : "BlogPosting",
                "headline", post.title(), "url", canonical, "mainEntityOfPage", canonical,
                "datePublished", ReaderDates.iso(post.publishedAt()), "dateModified", ReaderDates.iso(post.updatedAt()),
                "author", Json.raw(Json.object("@type", "Person", "name", post.authorName())),
                "description", description, "image", image.orElse(null));
        return new Head(post.title() + " - " + frame.title(), description, canonical, metas,
                feeds(post.category() == null ? null : post.category().slug(),
                        post.category() == null ? null : post.category().name()),
                jsonLd, post.visibility() == Visibility.UNLISTED || post.status() == PostStatus.DRAFT || post.trashed());
    }

    Head category(CategoryNode category, String path) {
        String canonical = blog.baseUrl() + path;
        String description = category.description() == null ? frame.description() : category.description();
        return new Head(category.name() + " - " + frame.title(), description, canonical,
                common(category.name(), description, canonical, "website"),
                feeds(category.slug(), category.name()), null, false);
    }

    /** A list or search page: canonical without its page number unless it is past the first. */
    Head list(String title, String path, boolean noindex) {
        String canonical = blog.baseUrl() + path;
        return new Head(title + " - " + frame.title(), frame.description(), canonical,
                common(title, frame.description(), canonical, "website"), feeds(null, null), null, noindex);
    }

    Head notFound(String title) {
        return new Head(title + " - " + frame.title(), null, null, new ArrayList<>(), feeds(null, null), null, true);
    }

    private List<Meta> common(String title, @Nullable String description, String canonical, String type) {
        List<Meta> metas = new ArrayList<>();
        metas.add(new Meta("property", "og:site_name", frame.title()));
        metas.add(new Meta("property", "og:title", title));
        metas.add(new Meta("property", "og:type", type));
        metas.add(new Meta("property", "og:url", canonical));
        metas.add(new Meta("property", "og:locale", "ko_KR"));
        if (description != null && !description.isBlank()) {
            metas.add(new Meta("property", "og:description", description));
        }
        return metas;
    }

    private List<FeedLink> feeds(@Nullable String categorySlug, @Nullable String categoryName) {
        List<FeedLink> feeds = new ArrayList<>();
        feeds.add(new FeedLink(blog.baseUrl() + FeedController.path(), frame.title()));
        if (categorySlug != null) {
            feeds.add(new FeedLink(blog.baseUrl() + FeedController.path(categorySlug),
                    categoryName + " - " + frame.title()));
        }
        return feeds;
    }

    private Optional<String> firstImage(String html) {
        Element image = Jsoup.parseBodyFragment(html).selectFirst("img[src]");
        if (image == null) {
            return Optional.empty();
        }
        String src = image.attr("src");
        return Optional.of(src.startsWith("/") && !src.startsWith("//") ? blog.baseUrl() + src : src);
    }
}
