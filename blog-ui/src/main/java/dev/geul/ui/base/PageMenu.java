package dev.geul.ui.base;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Nav;
import dev.geul.base.Permalinks;
import dev.geul.post.PostReader;

/**
 * The blog's pages (소개, 공지사항 ...) in the header, in their writers' order: the pages at the top of their tree,
 * since a page below another is linked from that one. One piece of HTML, as each reader's session holds it.
 */
class PageMenu extends Nav {

    PageMenu(List<PostReader.PageLink> pages) {
        addClassName("geul-page-menu");
        getElement().setAttribute("aria-label", getTranslation("app.pages"));
        Set<Long> listed = pages.stream().map(PostReader.PageLink::id).collect(Collectors.toSet());
        StringBuilder html = new StringBuilder(256);
        for (PostReader.PageLink page : pages) {
            // a page below one readers cannot see stands at the top instead of being lost
            if (page.parentId() == null || !listed.contains(page.parentId())) {
                html.append("<a router-link href=\"").append(HtmlText.escape(Permalinks.page(page.slug())))
                        .append("\">").append(HtmlText.escape(page.title())).append("</a>");
            }
        }
        getElement().setProperty("innerHTML", html.toString());
        setVisible(!html.isEmpty());
    }
}
