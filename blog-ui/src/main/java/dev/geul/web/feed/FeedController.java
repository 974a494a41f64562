package dev.geul.web.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.geul.base.BlogProperties;
import dev.geul.base.NotFoundException;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostDetail;
import dev.geul.post.PostLists;
import dev.geul.post.PostSummary;
import dev.geul.site.AppearanceService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds of the newest posts: the whole blog at {@code /feed}, one category (with the ones below it) at
 * {@code /feed/category/{slug}}. Password-protected posts appear without their text.
 */
@RestController
public class FeedController {

    public static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 20;

    private final PostLists posts;
    private final CategoryService categories;
    private final BlogProperties blog;
    private final AppearanceService appearance;

    FeedController(PostLists posts, CategoryService categories, BlogProperties blog, AppearanceService appearance) {
        this.appearance = appearance;
        this.posts = posts;
        this.categories = categories;
        this.blog = blog;
    }

    /** Where the whole blog's feed lives. */
    public static String path() {
        return "/feed";
    }

    /** Where a category's feed lives. */
    public static String path(String categorySlug) {
        return "/feed" + Permalinks.category(categorySlug);
    }

    @GetMapping("/feed")
    ResponseEntity<byte[]> blogFeed() {
        return atom(feed(title(), description(), blog.baseUrl() + "/", path(), posts.latest(null, ENTRIES)));
    }

    @GetMapping("/feed/category/{slug}")
    ResponseEntity<byte[]> categoryFeed(@PathVariable String slug) {
        CategoryNode category = categories.findBySlug(slug).orElseThrow(() -> new NotFoundException("Category " + slug));
        return atom(feed(category.name() + " - " + title(),
                category.description() == null ? description() : category.description(),
                blog.baseUrl() + Permalinks.category(slug), path(slug), posts.latest(slug, ENTRIES)));
    }

    private SyndFeed feed(String title, String description, String htmlUrl, String feedPath, List<PostDetail> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setLanguage("ko");
        feed.setGenerator("geul");
        feed.setUri(blog.baseUrl() + feedPath);
        feed.setLink(htmlUrl);
        feed.setLinks(List.of(link("alternate", "text/html", htmlUrl), link("self", ATOM, blog.baseUrl() + feedPath)));
        SyndPerson author = new SyndPersonImpl();
        author.setName(title());
        feed.setAuthors(List.of(author));
        Instant updated = entries.stream().map(PostDetail::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(entries.stream().map(this::entry).toList());
        return feed;
    }

    private SyndEntry entry(PostDetail post) {
        String url = blog.baseUrl() + Permalinks.post(post.slug());
        Instant published = Objects.requireNonNull(post.publishedAt(), "a feed lists published posts only");
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(tagUri(post, published));
        entry.setTitle(post.title());
        entry.setLink(url);
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(post.updatedAt()));
        entry.setAuthor(post.authorName());
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(post.locked() ? "This post is protected by a password." : post.excerpt());
        entry.setDescription(summary);
        if (!post.locked()) {
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(absolute(post.contentHtml()));
            entry.setContents(List.of(content));
        }
        List<SyndCategory> terms = new ArrayList<>();
        if (post.category() != null) {
            terms.add(category(post.category().name(), blog.baseUrl() + Permalinks.CATEGORIES));
        }
        for (PostSummary.TagRef tag : post.tags()) {
            terms.add(category(tag.name(), blog.baseUrl() + Permalinks.TAGS));
        }
        entry.setCategories(terms);
        return entry;
    }

    /** A stable id for the entry that outlives a change of title or slug (RFC 4151 tag URI). */
    private String tagUri(PostDetail post, Instant published) {
        String host = java.net.URI.create(blog.baseUrl()).getHost();
        return "tag:" + (host == null ? "localhost" : host) + ","
                + published.atZone(ZoneOffset.UTC).toLocalDate() + ":post-" + post.id();
    }

    /** Feed readers show the HTML away from the blog: links and images to the blog's own paths get its address. */
    private String absolute(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.select("a[href^=/], img[src^=/]")) {
            String attribute = element.nameIs("a") ? "href" : "src";
            String value = element.attr(attribute);
            if (!value.startsWith("//")) {
                element.attr(attribute, blog.baseUrl() + value);
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    private static SyndCategory category(String name, String scheme) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        category.setLabel(name);
        category.setTaxonomyUri(scheme);
        return category;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static ResponseEntity<byte[]> atom(SyndFeed feed) {
        try {
            byte[] xml = new SyndFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok().contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                    .body(xml);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    /** The blog's name as its admin set it in the appearance, else as configured. */
    private String title() {
        String title = appearance.current().title();
        return title == null ? blog.title() : title;
    }

    private String description() {
        String description = appearance.current().description();
        return description == null ? blog.description() : description;
    }
}
