package dev.geul.reader;

import dev.geul.base.BlogProperties;
import dev.geul.comment.CommentNoticeDue;
import dev.geul.comment.ReplyNoticeDue;
import dev.geul.mail.AuthorNotices;
import dev.geul.mail.MailOutbox;
import dev.geul.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails a comment causes, in the blog's language: to a guest who asked to hear of replies (with a one-click
 * unsubscribe link), and to the blog's author for a new comment or one waiting for approval, each switchable
 * in the studio or by the settings ({@link AuthorNotices}). They are queued in the outbox within the transaction that stored the comment.
 */
@Component
class CommentMails {

    private final MailOutbox outbox;
    private final ReaderText text;
    private final ReaderPages pages;
    private final BlogProperties blog;
    private final String authorAddress;
    private final AuthorNotices notices;

    CommentMails(MailOutbox outbox, ReaderText text, ReaderPages pages, BlogProperties blog,
                 @Value("${geul.notifications.author-email:}") String authorAddress, AuthorNotices notices) {
        this.outbox = outbox;
        this.text = text;
        this.pages = pages;
        this.blog = blog;
        this.authorAddress = authorAddress.strip();
        this.notices = notices;
    }

    @EventListener
    void replyPublished(ReplyNoticeDue due) {
        String replyUrl = blog.baseUrl() + due.postKind().permalink(due.postSlug()) + "#comment-" + due.replyId();
        String unsubscribeUrl = blog.baseUrl() + MailLinks.UNSUBSCRIBE + due.unsubscribeToken();
        String said = due.replyText() == null ? text.getTranslation("comment.hidden") : due.replyText();
        String subject = text.getTranslation("mail.reply.subject", pages.siteTitle(), due.postTitle());
        String intro = text.getTranslation("mail.reply.intro", due.recipientName(), due.replyAuthor(),
                due.postTitle());
        String open = text.getTranslation("mail.reply.open");
        String stop = text.getTranslation("mail.reply.stop");
        String plain = intro + "\n\n" + said + "\n\n" + open + ": " + replyUrl + "\n\n" + stop + ": " + unsubscribeUrl
                + "\n";
        String html = "<p>" + esc(intro) + "</p>\n<blockquote>" + esc(said).replace("\n", "<br>") + "</blockquote>\n"
                + "<p><a href=\"" + esc(replyUrl) + "\">" + esc(open) + "</a></p>\n"
                + "<p style=\"font-size:small\"><a href=\"" + esc(unsubscribeUrl) + "\">" + esc(stop) + "</a></p>\n";
        outbox.queue(new OutgoingMail(due.recipient(), subject, plain, html, unsubscribeUrl));
    }

    @EventListener
    void commentWritten(CommentNoticeDue due) {
        if (authorAddress.isEmpty()) {
            return;
        }
        AuthorNotices.Switches switches = notices.current();
        if (!(due.pending() ? switches.pendingComments() : switches.newComments())) {
            return;
        }
        String postUrl = blog.baseUrl() + due.postKind().permalink(due.postSlug());
        String link = due.pending() ? blog.baseUrl() + "/admin/comments" : postUrl + "#comment-" + due.commentId();
        String subject = text.getTranslation(due.pending() ? "mail.comment.pending.subject" : "mail.comment.subject",
                pages.siteTitle(), due.postTitle());
        String intro = text.getTranslation("mail.comment.intro", due.authorName(), due.postTitle());
        String open = text.getTranslation(due.pending() ? "mail.comment.moderate" : "mail.comment.open");
        String plain = intro + "\n\n" + due.text() + "\n\n" + open + ": " + link + "\n";
        String html = "<p>" + esc(intro) + "</p>\n<blockquote>" + esc(due.text()).replace("\n", "<br>")
                + "</blockquote>\n<p><a href=\"" + esc(link) + "\">" + esc(open) + "</a></p>\n";
        outbox.queue(toAuthor(subject, plain, html));
    }

    private OutgoingMail toAuthor(String subject, String plain, String html) {
        return new OutgoingMail(authorAddress, subject, plain, html, null);
    }

    private static String esc(String value) {
        return Mails.esc(value);
    }
}
