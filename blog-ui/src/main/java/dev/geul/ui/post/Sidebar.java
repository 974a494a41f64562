package dev.geul.ui.post;

import java.util.List;

import com.vaadin.flow.component.html.Aside;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryNode;
import dev.geul.post.PostReader;
import dev.geul.ui.base.HtmlText;

/** The category tree with post counts, popular tags and a link to the feed; one piece of HTML, like the list. */
class Sidebar extends Aside {

    Sidebar(List<CategoryNode> categories, List<PostReader.TagCount> tags) {
        addClassName("geul-sidebar");
        StringBuilder html = new StringBuilder(2048);
        html.append("<h3>").append(HtmlText.escape(getTranslation("app.categories"))).append("</h3>");
        for (CategoryNode node : CategoryNode.flatten(categories)) {
            html.append("<div style=\"padding-left:").append(node.depth()).append("em\"><a router-link href=\"")
                    .append(HtmlText.escape(Permalinks.category(node.slug()))).append("\">")
                    .append(HtmlText.escape(node.name())).append(" (").append(node.totalPostCount())
                    .append(")</a></div>");
        }
        if (!tags.isEmpty()) {
            html.append("<h3>").append(HtmlText.escape(getTranslation("app.tags")))
                    .append("</h3><div class=\"geul-tags\">");
            tags.forEach(tag -> html.append("<a router-link href=\"").append(HtmlText.escape(Permalinks.tag(tag.slug())))
                    .append("\">#").append(HtmlText.escape(tag.name())).append("</a>"));
            html.append("</div>");
        }
        html.append("<div class=\"geul-feed-link\"><a href=\"/feed\">")
                .append(HtmlText.escape(getTranslation("app.feed"))).append("</a></div>");
        getElement().setProperty("innerHTML", html.toString());
    }
}
