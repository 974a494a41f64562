package dev.geul.base;

/**
 * Input a person can correct: the message says what to change. Nothing was stored. The message is English (the
 * API's answer, the log); a view shows the text of {@link #key()} with {@link #args()} in the reader's language
 * where the exception has one.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public InvalidInputException(String field, String message) {
        this(field, null, message);
    }

    /**
     * @param key     the translation of the message, e.g. {@code error.post.title}, its arguments as {@code {0}}...
     * @param message the same in English
     */
    public InvalidInputException(String field, String key, String message, Object... args) {
        super(message);
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    /** The input the message is about, e.g. {@code title}. */
    public String field() {
        return field;
    }

    /** The message's translation key, or null for a message in English only. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
