package dev.geul.reader;

import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.mail.Subscriptions;
import dev.geul.reader.MailLinks.NoticePage;
import dev.geul.reader.MailLinks.SubscribeForm;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subscribing by e-mail, to the whole blog or to one category, without scripts or a session: the form (with the page token and origin check of the
 * comment form), then a confirmation mail whose link shows a button to confirm, since mail scanners open links.
 */
@Controller
class SubscriptionPages {

    static final String SUBSCRIBE = "/mail/subscribe";
    static final String CONFIRM = "/mail/confirm/";
    /** The subscribe form's token is not for a post; it is issued for this number. */
    static final long FORM_ID = 0;

    private final Subscriptions subscriptions;
    private final SubscriptionConfirmations confirmations;
    private final CategoryService categories;
    private final ReaderPages pages;
    private final PageHead head;
    private final ReaderText text;
    private final CommentTokens tokens;
    private final BlogProperties blog;

    SubscriptionPages(Subscriptions subscriptions, SubscriptionConfirmations confirmations,
                      CategoryService categories, ReaderPages pages, PageHead head, ReaderText text,
                      CommentTokens tokens, BlogProperties blog) {
        this.subscriptions = subscriptions;
        this.confirmations = confirmations;
        this.categories = categories;
        this.pages = pages;
        this.head = head;
        this.text = text;
        this.tokens = tokens;
        this.blog = blog;
    }

    /** The form; for one category ({@code category}) when a category page's form led here. */
    @GetMapping(SUBSCRIBE)
    ResponseEntity<String> form(@RequestParam(name = "category", required = false) @Nullable String category,
                                @RequestParam(name = "email", defaultValue = "") String email) {
        CategoryNode scope = scope(category);
        return page(HttpStatus.OK, intro(scope), email.strip(), null, scope);
    }

    @PostMapping(SUBSCRIBE)
    ResponseEntity<String> subscribe(@RequestParam(name = "email", defaultValue = "") String email,
                                     @RequestParam(name = "category", required = false) @Nullable String category,
                                     @RequestParam(name = "token", required = false) @Nullable String token,
                                     HttpServletRequest request) {
        CategoryNode scope = scope(category);
        if (!SameOrigin.isSameOrigin(request, blog.baseUrl()) || !tokens.isValid(FORM_ID, token)) {
            return page(HttpStatus.FORBIDDEN, intro(scope), email, text.getTranslation("subscribe.expired"), scope);
        }
        try {
            subscriptions.subscribe(email, scope == null ? null : scope.slug(), confirmations);
        } catch (InvalidInputException e) {
            return page(HttpStatus.UNPROCESSABLE_CONTENT, intro(scope), email,
                    text.getTranslation("error.subscribe.email"), scope);
        }
        String title = text.getTranslation("subscribe.title");
        return pages.personal(HttpStatus.OK, "notice", head.list(title, SUBSCRIBE, true),
                new NoticePage(title, text.getTranslation("subscribe.sent"), null, null));
    }

    /** The category of the form, or null for the whole blog; a category that is gone is a page not found. */
    private @Nullable CategoryNode scope(@Nullable String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        return categories.findBySlug(category.strip()).orElseThrow(() -> new NotFoundException(category));
    }

    private String intro(@Nullable CategoryNode scope) {
        return scope == null ? text.getTranslation("subscribe.intro")
                : text.getTranslation("subscribe.category.intro", scope.name());
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

    private ResponseEntity<String> page(HttpStatus status, String intro, String email, @Nullable String error,
                                        @Nullable CategoryNode scope) {
        String title = scope == null ? text.getTranslation("subscribe.title")
                : text.getTranslation("subscribe.category.title", scope.name());
        var form = new SubscribeForm(SUBSCRIBE, tokens.issue(FORM_ID), email, error,
                text.getTranslation("subscribe.email"), text.getTranslation("subscribe.button"),
                Subscriptions.EMAIL_MAX_LENGTH, scope == null ? null : scope.slug());
        return pages.personal(status, "notice", head.list(title, SUBSCRIBE, true),
                new NoticePage(title, intro, null, null, form));
    }
}
