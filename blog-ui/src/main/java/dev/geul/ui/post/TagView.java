package dev.geul.ui.post;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.post.PostReader;
import dev.geul.ui.base.MainLayout;
import dev.geul.ui.base.RouteSlugs;
import org.springframework.data.domain.PageRequest;

/** Posts carrying one tag. */
@Route(value = "tag/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class TagView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PostReader posts;
    private final BlogProperties blog;
    private String tag = "";

    public TagView(PostReader posts, BlogProperties blog) {
        this.posts = posts;
        this.blog = blog;
        addClassName("geul-column");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = RouteSlugs.slug(event);
        var page = posts.listByTag(slug, PageRequest.of(PostList.pageNumber(event.getLocation()), HomeView.PAGE_SIZE));
        tag = page.stream().flatMap(post -> post.tags().stream()).filter(t -> t.slug().equals(slug))
                .map(t -> t.name()).findFirst().orElse(slug);
        add(new H1(getTranslation("tag.title", "#" + tag)));
        add(new PostList(page, Permalinks.tag(slug), blog.timeZone()));
    }

    @Override
    public String getPageTitle() {
        return "#" + tag + " · " + blog.title();
    }
}
