package dev.geul.reader;

import dev.geul.base.BlogProperties;
import dev.geul.mail.ConfirmationDue;
import dev.geul.mail.ConfirmationMail;
import dev.geul.mail.MailOutbox;
import dev.geul.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mail that asks to confirm a subscription, in the blog's language: for the subscribe form, and for each
 * address an import leaves waiting ({@link ConfirmationDue}, queued in the import's transaction).
 */
@Component
class SubscriptionConfirmations implements ConfirmationMail {

    private final MailOutbox outbox;
    private final ReaderPages pages;
    private final ReaderText text;
    private final BlogProperties blog;

    SubscriptionConfirmations(MailOutbox outbox, ReaderPages pages, ReaderText text, BlogProperties blog) {
        this.outbox = outbox;
        this.pages = pages;
        this.text = text;
        this.blog = blog;
    }

    @EventListener
    void imported(ConfirmationDue due) {
        outbox.queue(make(due.address(), due.token(), due.categoryName()));
    }

    @Override
    public OutgoingMail make(String address, String token, @Nullable String categoryName) {
        String confirmUrl = blog.baseUrl() + SubscriptionPages.CONFIRM + token;
        String unsubscribeUrl = blog.baseUrl() + MailLinks.UNSUBSCRIBE + token;
        String subject = text.getTranslation("mail.subscribe.subject", pages.siteTitle());
        String intro = categoryName == null ? text.getTranslation("mail.subscribe.intro", pages.siteTitle())
                : text.getTranslation("mail.subscribe.intro.category", pages.siteTitle(), categoryName);
        String open = text.getTranslation("subscribe.confirm.button");
        String ignore = text.getTranslation("mail.subscribe.ignore");
        String plain = intro + "\n\n" + open + ": " + confirmUrl + "\n\n" + ignore + "\n";
        String html = "<p>" + Mails.esc(intro) + "</p>\n<p><a href=\"" + Mails.esc(confirmUrl) + "\">" + Mails.esc(open)
                + "</a></p>\n<p style=\"font-size:small\">" + Mails.esc(ignore) + "</p>\n";
        return new OutgoingMail(address, subject, plain, html, unsubscribeUrl);
    }
}
