package dev.geul.ui.post;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.geul.base.Permalinks;
import dev.geul.post.PostKind;
import dev.geul.post.PostSummary;
import dev.geul.ui.base.Formats;

/** One post in a list: title, date, category, comment count, excerpt. Plain elements, no listeners. */
class PostCard extends Article {

    PostCard(PostSummary post, ZoneId zone) {
        addClassName("geul-post-card");
        H2 title = new H2(new Anchor(url(post), post.title()));
        Span meta = new Span(Formats.date(post.publishedAt(), zone, getLocale()));
        meta.addClassName("geul-meta");
        if (post.category() != null) {
            meta.add(new Span(" · "), new Anchor(Permalinks.category(post.category().slug()), post.category().name()));
        }
        meta.add(" · " + getTranslation("post.comments", post.commentCount()));
        if (post.sticky()) {
            meta.addComponentAsFirst(new Span(getTranslation("post.sticky") + " · "));
        }
        add(title, meta);
        if (!post.excerpt().isEmpty()) {
            add(new Paragraph(post.excerpt()));
        } else if (post.isProtected()) {
            add(new Paragraph(getTranslation("post.protected")));
        }
    }

    static String url(PostSummary post) {
        return post.kind() == PostKind.PAGE ? Permalinks.page(post.slug()) : Permalinks.post(post.slug());
    }
}
