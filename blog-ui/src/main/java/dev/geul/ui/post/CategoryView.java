package dev.geul.ui.post;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.post.PostReader;
import dev.geul.ui.base.MainLayout;
import dev.geul.ui.base.RouteSlugs;
import org.springframework.data.domain.PageRequest;

/** Posts of one category and the categories below it. */
@Route(value = "category/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class CategoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PostReader posts;
    private final CategoryService categories;
    private final BlogProperties blog;
    private String title = "";

    public CategoryView(PostReader posts, CategoryService categories, BlogProperties blog) {
        this.posts = posts;
        this.categories = categories;
        this.blog = blog;
        addClassName("geul-column");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = RouteSlugs.slug(event);
        CategoryNode category = categories.findBySlug(slug).orElseThrow(NotFoundException::new);
        title = category.name();
        add(new H1(getTranslation("category.title", category.name())));
        if (category.description() != null) {
            add(new Paragraph(category.description()));
        }
        add(new PostList(posts.listByCategory(slug, PageRequest.of(PostList.pageNumber(event.getLocation()),
                HomeView.PAGE_SIZE)), Permalinks.category(slug), blog.timeZone()));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + blog.title();
    }
}
