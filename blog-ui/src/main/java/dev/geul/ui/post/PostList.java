package dev.geul.ui.post;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import dev.geul.post.PostSummary;
import dev.geul.ui.base.HtmlText;
import org.springframework.data.domain.Page;

/**
 * A page of posts with links to newer and older pages (plain links, so the back button and crawlers work).
 * Rendered as one piece of HTML: see {@link PostCard}.
 */
class PostList extends Div {

    PostList(Page<PostSummary> page, String basePath, ZoneId zone) {
        addClassName("geul-post-list");
        StringBuilder html = new StringBuilder(8 * 1024);
        if (page.isEmpty()) {
            html.append("<p>").append(HtmlText.escape(getTranslation("feed.empty"))).append("</p>");
        }
        page.forEach(post -> PostCard.append(html, post, zone, getLocale(), (key, args) -> getTranslation(key, args)));
        if (page.getTotalPages() > 1) {
            int number = page.getNumber() + 1;
            html.append("<nav class=\"geul-pager\">");
            if (page.hasPrevious()) {
                html.append("<a router-link href=\"").append(HtmlText.escape(basePath + "?page=" + (number - 1))).append("\">← ")
                        .append(HtmlText.escape(getTranslation("feed.newer"))).append("</a>");
            }
            html.append("<span>").append(HtmlText.escape(getTranslation("feed.page", number, page.getTotalPages())))
                    .append("</span>");
            if (page.hasNext()) {
                html.append("<a router-link href=\"").append(HtmlText.escape(basePath + "?page=" + (number + 1))).append("\">")
                        .append(HtmlText.escape(getTranslation("feed.older"))).append(" →</a>");
            }
            html.append("</nav>");
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    static int pageNumber(com.vaadin.flow.router.Location location) {
        try {
            return Math.max(0, Integer.parseInt(location.getQueryParameters().getSingleParameter("page").orElse("1")) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
