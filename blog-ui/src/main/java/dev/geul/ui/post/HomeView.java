package dev.geul.ui.post;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.geul.base.BlogProperties;
import dev.geul.ui.base.MainLayout;

/** The front page: the newest posts, the category tree and tags. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    private final ReaderCache cache;
    private final BlogProperties blog;

    public HomeView(ReaderCache cache, BlogProperties blog) {
        this.cache = cache;
        this.blog = blog;
        addClassName("geul-column");
        getStyle().set("max-width", "68rem");
        setSpacing(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        int page = PostList.pageNumber(event.getLocation());
        PostList list = new PostList(cache.feed(page, PAGE_SIZE), "/", blog.timeZone());
        add(list, new Sidebar(cache.categoryTree(), cache.popularTags()));
        setFlexGrow(1, list);
    }

    @Override
    public String getPageTitle() {
        return blog.title();
    }
}
