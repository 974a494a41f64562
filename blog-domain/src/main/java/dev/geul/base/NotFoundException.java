package dev.geul.base;

/** What was asked for does not exist, or the caller may not know that it exists. */
public non-sealed class NotFoundException extends Refusal {

    /** The message's key: said the same of every kind of thing, so nobody learns what exists from it. */
    public static final String KEY = "error.notFound";

    /** @param what the thing asked for, in English for the log: {@code "Post 12"} */
    public NotFoundException(String what) {
        super(KEY, null, what + " not found", null);
    }
}
