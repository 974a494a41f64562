package dev.geul.ui.post;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.post.PostService;

/** The category tree with post counts, popular tags and a link to the feed. */
class Sidebar extends Aside {

    Sidebar(List<CategoryNode> categories, List<PostService.TagCount> tags) {
        addClassName("geul-sidebar");
        add(new H3(getTranslation("app.categories")));
        for (CategoryNode node : CategoryNode.flatten(categories)) {
            Anchor link = new Anchor(Permalinks.category(node.slug()), node.name() + " (" + node.totalPostCount() + ")");
            Div row = new Div(link);
            row.getStyle().set("padding-left", node.depth() + "em");
            add(row);
        }
        if (!tags.isEmpty()) {
            add(new H3(getTranslation("app.tags")));
            Div cloud = new Div();
            cloud.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em");
            tags.forEach(tag -> cloud.add(new Anchor(Permalinks.tag(tag.slug()), "#" + tag.name())));
            add(cloud);
        }
        Div feed = new Div(new Anchor("/feed", getTranslation("app.feed")));
        feed.getStyle().set("margin-top", "1em");
        add(feed);
    }
}
