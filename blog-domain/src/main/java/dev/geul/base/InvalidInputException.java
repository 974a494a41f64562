package dev.geul.base;

/** Input a person can correct: the message says what to change. Nothing was stored. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the message is about, e.g. {@code title}. */
    public String field() {
        return field;
    }
}
