package dev.geul.reader;

import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.mail.OutgoingMail;
import dev.geul.mail.PostMailing;
import dev.geul.mail.Subscriber;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostReader;
import dev.geul.post.PostStatus;
import dev.geul.post.PostWentLive;
import dev.geul.post.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new public post, mailed when it goes live to confirmed subscribers of the blog or of one of its categories: its
 * title, excerpt and link, in the blog's language, HTML and plain text, saying why it came, with a one-click
 * unsubscribe. A protected, private or trashed post, or a page, is
 * never mailed. Queued in the transaction that made the post go live.
 */
@Component
class PostMails {

    private final PostMailing mailing;
    private final PostReader posts;
    private final ReaderText text;
    private final ReaderPages pages;
    private final BlogProperties blog;

    PostMails(PostMailing mailing, PostReader posts, ReaderText text, ReaderPages pages, BlogProperties blog) {
        this.mailing = mailing;
        this.posts = posts;
        this.text = text;
        this.pages = pages;
        this.blog = blog;
    }

    @EventListener
    void wentLive(PostWentLive event) {
        PostDetail post = posts.findReadable(event.postId()).orElse(null);
        if (post == null || post.kind() != PostKind.POST || post.status() != PostStatus.PUBLISHED || post.trashed()
                || post.visibility() != Visibility.PUBLIC) {
            return;
        }
        String url = blog.baseUrl() + Permalinks.post(post.slug());
        String site = pages.siteTitle();
        String subject = text.getTranslation("mail.post.subject", site, post.title());
        String read = text.getTranslation("mail.post.read");
        String stop = text.getTranslation("mail.post.stop");
        mailing.mailPostOnce(post.id(), subscriber -> mail(subscriber, post, url, subject, read, stop));
    }

    private OutgoingMail mail(Subscriber subscriber, PostDetail post, String url, String subject, String read,
                              String stop) {
        String unsubscribeUrl = blog.baseUrl() + MailLinks.UNSUBSCRIBE + subscriber.token();
        // a category's name comes with its slug: none only for the whole blog
        String category = subscriber.categoryName();
        String why = category == null ? text.getTranslation("mail.post.why.blog", pages.siteTitle())
                : text.getTranslation("mail.post.why.category", category);
        String plain = post.title() + "\n\n" + post.excerpt() + "\n\n" + read + ": " + url + "\n\n" + why + "\n"
                + stop + ": " + unsubscribeUrl + "\n";
        String html = "<h1>" + Mails.esc(post.title()) + "</h1>\n<p>" + Mails.esc(post.excerpt()) + "</p>\n"
                + "<p><a href=\"" + Mails.esc(url) + "\">" + Mails.esc(read) + "</a></p>\n"
                + "<p style=\"font-size:small\">" + Mails.esc(why) + "<br><a href=\"" + Mails.esc(unsubscribeUrl)
                + "\">" + Mails.esc(stop) + "</a></p>\n";
        return new OutgoingMail(subscriber.email(), subject, plain, html, unsubscribeUrl);
    }
}
