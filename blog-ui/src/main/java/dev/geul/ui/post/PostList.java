package dev.geul.ui.post;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.data.domain.Page;
import dev.geul.post.PostSummary;

/** A page of posts with links to newer and older pages (plain links, so the back button and crawlers work). */
class PostList extends Div {

    PostList(Page<PostSummary> page, String basePath, ZoneId zone) {
        if (page.isEmpty()) {
            add(new Paragraph(getTranslation("feed.empty")));
            return;
        }
        page.forEach(post -> add(new PostCard(post, zone)));
        if (page.getTotalPages() > 1) {
            HorizontalLayout pager = new HorizontalLayout();
            pager.setPadding(true);
            int number = page.getNumber() + 1;
            if (page.hasPrevious()) {
                pager.add(new Anchor(basePath + "?page=" + (number - 1), "← " + getTranslation("feed.newer")));
            }
            pager.add(new Span(getTranslation("feed.page", number, page.getTotalPages())));
            if (page.hasNext()) {
                pager.add(new Anchor(basePath + "?page=" + (number + 1), getTranslation("feed.older") + " →"));
            }
            add(pager);
        }
    }

    static int pageNumber(com.vaadin.flow.router.Location location) {
        try {
            return Math.max(0, Integer.parseInt(location.getQueryParameters().getSingleParameter("page").orElse("1")) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
