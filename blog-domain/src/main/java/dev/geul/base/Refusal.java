package dev.geul.base;

import org.jspecify.annotations.Nullable;

/**
 * Why the blog refused what someone asked, said once by the service that refused and shown by whoever asked: a
 * view in the reader's language, the API as a problem document, an import as a report line. Nothing the request
 * would have changed was changed.
 *
 * <p>Each refusal names its message by {@link #key()} (a key of the message bundle, its arguments {@code {0}}...
 * in {@link #args()}), the input it is about ({@link #field()}, null when it is about the request as a whole), and
 * carries the same message in English for the log. The kinds are fixed, so the API's status and a view's answer
 * are decided by a switch the compiler checks: {@link InvalidInputException} (correct the input),
 * {@link NotFoundException} (nothing there), {@link ConflictException} (someone or something got there first),
 * {@link RateLimitedException} (too often, wait) and {@link UnavailableException} (not now, try later).
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, RateLimitedException, UnavailableException {

    private final String key;
    private final @Nullable String field;
    private final transient Object[] args;

    protected Refusal(String key, @Nullable String field, @Nullable String message, @Nullable Throwable cause,
                      Object @Nullable ... args) {
        super(message);
        if (cause != null) {
            // left unset otherwise, so that a subclass may still give the cause it learns later
            initCause(cause);
        }
        this.key = key;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The message's key in the blog's message bundle, e.g. {@code error.post.title}. */
    public String key() {
        return key;
    }

    /** The input the refusal is about, e.g. {@code title}; null when it is about the request as a whole. */
    public @Nullable String field() {
        return field;
    }

    /** The values the message shows, {@code {0}}, {@code {1}}... */
    public Object[] args() {
        return args.clone();
    }
}
