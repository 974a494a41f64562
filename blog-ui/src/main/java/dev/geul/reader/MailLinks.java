package dev.geul.reader;

import dev.geul.comment.CommentService;
import dev.geul.mail.Subscriptions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link in every mail a reader asked for. Mail programs send the one-click POST of RFC 8058
 * ({@code List-Unsubscribe=One-Click}) from their own servers, so it carries no page token: the link's own random
 * key is the proof. Opening the link in a browser shows a button rather than unsubscribing at once, because mail
 * scanners open links too.
 */
@Controller
class MailLinks {

    static final String UNSUBSCRIBE = "/mail/unsubscribe/";

    private final CommentService comments;
    private final Subscriptions subscriptions;
    private final ReaderPages pages;
    private final PageHead head;
    private final ReaderText text;

    MailLinks(CommentService comments, Subscriptions subscriptions, ReaderPages pages, PageHead head,
              ReaderText text) {
        this.comments = comments;
        this.subscriptions = subscriptions;
        this.pages = pages;
        this.head = head;
        this.text = text;
    }

    /**
     * What a notice page gives its theme.
     *
     * @param action the button's form, or null once done
     * @param form   the subscribe form, or null
     */
    public record NoticePage(String heading, String text, @Nullable String action, @Nullable String button,
                             @Nullable SubscribeForm form) {

        NoticePage(String heading, String text, @Nullable String action, @Nullable String button) {
            this(heading, text, action, button, null);
        }
    }

    /**
     * The subscribe form.
     *
     * @param token        proves it came from this blog ({@link CommentTokens})
     * @param categorySlug the category it subscribes to, or null for the whole blog
     */
    public record SubscribeForm(String action, String token, String email, @Nullable String error, String label,
                                String button, int maxLength, @Nullable String categorySlug) {
    }

    @GetMapping(UNSUBSCRIBE + "{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        String title = text.getTranslation("mail.unsubscribe.title");
        return pages.personal(HttpStatus.OK, "notice", head.list(title, UNSUBSCRIBE, true),
                new NoticePage(title, text.getTranslation("mail.unsubscribe.ask"), UNSUBSCRIBE + token,
                        text.getTranslation("mail.unsubscribe.button")));
    }

    @PostMapping(UNSUBSCRIBE + "{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        boolean known = comments.stopReplyNotices(token) || subscriptions.unsubscribe(token);
        String title = text.getTranslation("mail.unsubscribe.title");
        return pages.personal(known ? HttpStatus.OK : HttpStatus.NOT_FOUND, "notice",
                head.list(title, UNSUBSCRIBE, true), new NoticePage(title,
                        text.getTranslation(known ? "mail.unsubscribe.done" : "mail.unsubscribe.unknown"), null, null));
    }
}
