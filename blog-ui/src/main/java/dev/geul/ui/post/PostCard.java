package dev.geul.ui.post;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.BiFunction;

import dev.geul.base.Permalinks;
import dev.geul.post.PostKind;
import dev.geul.post.PostSummary;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.HtmlText;

/**
 * One post in a list: title, date, category, comment count, excerpt. Written as HTML rather than as
 * components: a list of ten posts is then one node in the reader's session instead of a hundred, and it
 * has nothing to listen to anyway.
 */
final class PostCard {

    private PostCard() {
    }

    static void append(StringBuilder html, PostSummary post, ZoneId zone, Locale locale,
                       BiFunction<String, Object[], String> translation) {
        html.append("<article class=\"geul-post-card\"><h2><a router-link href=\"").append(HtmlText.escape(url(post)))
                .append("\">").append(HtmlText.escape(post.title())).append("</a></h2><span class=\"geul-meta\">");
        if (post.sticky()) {
            html.append(HtmlText.escape(translation.apply("post.sticky", new Object[0]))).append(" · ");
        }
        html.append(HtmlText.escape(Formats.date(post.publishedAt(), zone, locale)));
        if (post.category() != null) {
            html.append(" · <a router-link href=\"").append(HtmlText.escape(Permalinks.category(post.category().slug())))
                    .append("\">").append(HtmlText.escape(post.category().name())).append("</a>");
        }
        html.append(" · ").append(HtmlText.escape(translation.apply("post.comments", new Object[]{post.commentCount()})))
                .append("</span>");
        if (!post.excerpt().isEmpty()) {
            html.append("<p>").append(HtmlText.escape(post.excerpt())).append("</p>");
        } else if (post.isProtected()) {
            html.append("<p>").append(HtmlText.escape(translation.apply("post.protected", new Object[0])))
                    .append("</p>");
        }
        html.append("</article>");
    }

    static String url(PostSummary post) {
        return post.kind() == PostKind.PAGE ? Permalinks.page(post.slug()) : Permalinks.post(post.slug());
    }
}
