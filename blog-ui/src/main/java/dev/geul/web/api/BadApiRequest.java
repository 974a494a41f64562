package dev.geul.web.api;

/** A query parameter the API refuses before any service sees it (a page below 1): 400, naming the parameter. */
class BadApiRequest extends RuntimeException {

    private final String field;

    BadApiRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
