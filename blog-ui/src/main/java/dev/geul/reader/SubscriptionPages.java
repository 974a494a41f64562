package dev.geul.reader;

import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.mail.OutgoingMail;
import dev.geul.mail.Subscriptions;
import dev.geul.reader.MailLinks.NoticePage;
import dev.geul.reader.MailLinks.SubscribeForm;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subscribing by e-mail, without scripts or a session: the form (with the page token and origin check of the
 * comment form), then a confirmation mail whose link shows a button to confirm, since mail scanners open links.
 */
@Controller
class SubscriptionPages {

    static final String SUBSCRIBE = "/mail/subscribe";
    static final String CONFIRM = "/mail/confirm/";
    /** The subscribe form's token is not for a post; it is issued for this number. */
    static final long FORM_ID = 0;

    private final Subscriptions subscriptions;
    private final ReaderPages pages;
    private final PageHead head;
    private final ReaderText text;
    private final CommentTokens tokens;
    private final BlogProperties blog;

    SubscriptionPages(Subscriptions subscriptions, ReaderPages pages, PageHead head, ReaderText text,
                      CommentTokens tokens, BlogProperties blog) {
        this.subscriptions = subscriptions;
        this.pages = pages;
        this.head = head;
        this.text = text;
        this.tokens = tokens;
        this.blog = blog;
    }

    @GetMapping(SUBSCRIBE)
    ResponseEntity<String> form() {
        return page(HttpStatus.OK, text.getTranslation("subscribe.intro"), "", null);
    }

    @PostMapping(SUBSCRIBE)
    ResponseEntity<String> subscribe(@RequestParam(name = "email", defaultValue = "") String email,
                                     @RequestParam(name = "token", required = false) String token,
                                     HttpServletRequest request) {
        if (!SameOrigin.isSameOrigin(request, blog.baseUrl()) || !tokens.isValid(FORM_ID, token)) {
            return page(HttpStatus.FORBIDDEN, text.getTranslation("subscribe.intro"), email,
                    text.getTranslation("subscribe.expired"));
        }
        try {
            subscriptions.subscribe(email, this::confirmation);
        } catch (InvalidInputException e) {
            return page(HttpStatus.UNPROCESSABLE_CONTENT, text.getTranslation("subscribe.intro"), email,
                    text.getTranslation("error.subscribe.email"));
        }
        String title = text.getTranslation("subscribe.title");
        return pages.personal(HttpStatus.OK, "notice", head.list(title, SUBSCRIBE, true),
                new NoticePage(title, text.getTranslation("subscribe.sent"), null, null));
    }

    @GetMapping(CONFIRM + "{token}")
    ResponseEntity<String> confirmForm(@PathVariable String token) {
        String title = text.getTranslation("subscribe.title");
        return pages.personal(HttpStatus.OK, "notice", head.list(title, SUBSCRIBE, true),
                new NoticePage(title, text.getTranslation("subscribe.confirm.ask"), CONFIRM + token,
                        text.getTranslation("subscribe.confirm.button")));
    }

    @PostMapping(CONFIRM + "{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        boolean known = subscriptions.confirm(token);
        String title = text.getTranslation("subscribe.title");
        return pages.personal(known ? HttpStatus.OK : HttpStatus.NOT_FOUND, "notice", head.list(title, SUBSCRIBE, true),
                new NoticePage(title, text.getTranslation(known ? "subscribe.confirmed" : "mail.unsubscribe.unknown"),
                        null, null));
    }

    private OutgoingMail confirmation(String address, String subscriberToken) {
        String confirmUrl = blog.baseUrl() + CONFIRM + subscriberToken;
        String unsubscribeUrl = blog.baseUrl() + MailLinks.UNSUBSCRIBE + subscriberToken;
        String subject = text.getTranslation("mail.subscribe.subject", pages.siteTitle());
        String intro = text.getTranslation("mail.subscribe.intro", pages.siteTitle());
        String open = text.getTranslation("subscribe.confirm.button");
        String ignore = text.getTranslation("mail.subscribe.ignore");
        String plain = intro + "\n\n" + open + ": " + confirmUrl + "\n\n" + ignore + "\n";
        String html = "<p>" + Mails.esc(intro) + "</p>\n<p><a href=\"" + Mails.esc(confirmUrl) + "\">" + Mails.esc(open)
                + "</a></p>\n<p style=\"font-size:small\">" + Mails.esc(ignore) + "</p>\n";
        return new OutgoingMail(address, subject, plain, html, unsubscribeUrl);
    }

    private ResponseEntity<String> page(HttpStatus status, String intro, String email, String error) {
        String title = text.getTranslation("subscribe.title");
        var form = new SubscribeForm(SUBSCRIBE, tokens.issue(FORM_ID), email, error,
                text.getTranslation("subscribe.email"), text.getTranslation("subscribe.button"),
                Subscriptions.EMAIL_MAX_LENGTH);
        return pages.personal(status, "notice", head.list(title, SUBSCRIBE, true),
                new NoticePage(title, intro, null, null, form));
    }
}
