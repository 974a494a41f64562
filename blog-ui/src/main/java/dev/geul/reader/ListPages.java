package dev.geul.reader;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;

import dev.geul.base.BlogProperties;
import dev.geul.base.NotFoundException;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostLists;
import dev.geul.post.PostSummary;
import dev.geul.reader.ReaderModels.Link;
import dev.geul.reader.ReaderModels.ListPage;
import dev.geul.reader.ReaderModels.Pager;
import dev.geul.reader.ReaderModels.PostItem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Pages that list posts: the front page ({@link ReaderHomeMapping} routes {@code /} here), a category with the
 * categories below it, a tag, a month. Pages by {@code ?page=2}, plain links.
 */
@Controller
class ListPages {

    static final int PAGE_SIZE = 10;

    private final PostLists posts;
    private final CategoryService categories;
    private final ReaderCache cache;
    private final ReaderPages pages;
    private final PageHead head;
    private final ReaderText text;
    private final ReaderDates dates;
    private final BlogProperties blog;

    ListPages(PostLists posts, CategoryService categories, ReaderCache cache, ReaderPages pages, PageHead head,
              ReaderText text, ReaderDates dates, BlogProperties blog) {
        this.posts = posts;
        this.categories = categories;
        this.cache = cache;
        this.pages = pages;
        this.head = head;
        this.text = text;
        this.dates = dates;
        this.blog = blog;
    }

    /** The front page; not mapped by annotation, see {@link ReaderHomeMapping}. */
    public ResponseEntity<String> home(@RequestParam(name = "page", required = false) @Nullable String page,
                                       WebRequest request) {
        int number = pageNumber(page);
        Page<PostSummary> feed = cache.feed(number, PAGE_SIZE);
        ListPage model = list(pages.siteTitle(), pages.siteDescription(), feed, "/");
        return pages.shared(request, HttpStatus.OK, number == 0 ? "home" : "list",
                number == 0 ? head.home() : head.list(pages.siteTitle(), "/?page=" + (number + 1), false), model);
    }

    @GetMapping(Permalinks.CATEGORIES + "{slug}")
    ResponseEntity<String> category(@PathVariable String slug,
                                    @RequestParam(name = "page", required = false) @Nullable String page,
                                    WebRequest request) {
        CategoryNode category = categories.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
        int number = pageNumber(page);
        Page<PostSummary> found = posts.listByCategory(slug, PageRequest.of(number, PAGE_SIZE));
        ListPage base = list(text.getTranslation("category.title", category.name()), category.description(), found,
                Permalinks.category(slug));
        ListPage model = new ListPage(base.heading(), base.description(), base.posts(), base.empty(),
                base.emptyText(), base.pager(), new ReaderModels.CategorySubscribe(SubscriptionPages.SUBSCRIBE,
                category.slug(), text.getTranslation("subscribe.category.intro", category.name()),
                text.getTranslation("subscribe.email"), text.getTranslation("subscribe.button")));
        return pages.shared(request, HttpStatus.OK, "list", head.category(category, Permalinks.category(slug)), model);
    }

    @GetMapping(Permalinks.TAGS + "{slug}")
    ResponseEntity<String> tag(@PathVariable String slug,
                               @RequestParam(name = "page", required = false) @Nullable String page,
                               WebRequest request) {
        Page<PostSummary> found = posts.listByTag(slug, PageRequest.of(pageNumber(page), PAGE_SIZE));
        if (found.getTotalElements() == 0) {
            throw new NotFoundException("Tag " + slug);
        }
        String name = found.stream().flatMap(post -> post.tags().stream()).filter(tag -> tag.slug().equals(slug))
                .map(PostSummary.TagRef::name).findFirst().orElse(slug);
        ListPage model = list(text.getTranslation("tag.title", "#" + name), null, found, Permalinks.tag(slug));
        return pages.shared(request, HttpStatus.OK, "list", head.list("#" + name, Permalinks.tag(slug), false), model);
    }

    @GetMapping("/archive/{year:\\d{4}}/{month:\\d{1,2}}")
    ResponseEntity<String> month(@PathVariable int year, @PathVariable int month,
                                 @RequestParam(name = "page", required = false) @Nullable String page,
                                 WebRequest request) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw new NotFoundException("Month " + year + "-" + month);
        }
        Page<PostSummary> found = posts.listByMonth(yearMonth, blog.timeZone(), PageRequest.of(pageNumber(page),
                PAGE_SIZE));
        String path = String.format("/archive/%04d/%02d", year, month);
        String title = text.getTranslation("reader.archive.title", String.valueOf(year), month);
        return pages.shared(request, HttpStatus.OK, "list", head.list(title, path, true),
                list(title, null, found, path));
    }

    private ListPage list(String heading, @Nullable String description, Page<PostSummary> found, String basePath) {
        List<PostItem> items = found.getContent().stream().map(this::item).toList();
        return new ListPage(heading, description, items, items.isEmpty(), text.getTranslation("feed.empty"),
                pager(found, basePath), null);
    }

    PostItem item(PostSummary post) {
        String url = post.kind().permalink(post.slug());
        Link category = post.category() == null ? null
                : new Link(post.category().name(), Permalinks.category(post.category().slug()));
        String excerpt = post.isProtected() && post.excerpt().isEmpty() ? text.getTranslation("post.protected")
                : post.excerpt();
        return new PostItem(post.title(), url, dates.date(post.publishedAt()), ReaderDates.iso(post.publishedAt()),
                category, text.getTranslation("post.comments", post.commentCount()),
                post.likeCount() == 0 ? null : text.getTranslation("reader.like.count", post.likeCount()), excerpt,
                post.sticky(),
                post.isProtected());
    }

    private @Nullable Pager pager(Page<PostSummary> found, String basePath) {
        if (found.getTotalPages() <= 1) {
            return null;
        }
        int number = found.getNumber() + 1;
        String separator = basePath.contains("?") ? "&" : "?";
        String newer = found.hasPrevious() ? (number == 2 ? basePath : basePath + separator + "page=" + (number - 1))
                : null;
        String older = found.hasNext() ? basePath + separator + "page=" + (number + 1) : null;
        return new Pager(newer, older, text.getTranslation("feed.page", number, found.getTotalPages()));
    }

    static int pageNumber(@Nullable String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(page) - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
