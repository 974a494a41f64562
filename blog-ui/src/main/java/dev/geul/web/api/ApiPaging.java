package dev.geul.web.api;

/**
 * The one paging rule of every list the API answers, as WordPress's REST API has it: {@code page} counts from 1,
 * {@code size} is 1 to {@value #MAX_SIZE}, anything else is refused with 400 (never cut silently), and each answer
 * says its {@code total}, {@code page} and {@code size}.
 */
record ApiPaging(int page, int size) {

    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 10;

    /** @throws BadApiRequest (400) for a page below 1 or a size outside 1 to {@value #MAX_SIZE} */
    static ApiPaging of(int page, int size) {
        if (page < 1) {
            throw new BadApiRequest("page", "page counts from 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadApiRequest("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new ApiPaging(page, size);
    }

    /** The page as the services count it, from 0. */
    int zeroBased() {
        return page - 1;
    }
}
