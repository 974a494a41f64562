package dev.geul.reader;

import dev.geul.base.NotFoundException;
import dev.geul.reader.ReaderModels.NotFoundPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A missing post, category or tag, and any address nothing answers ({@link UnknownAddressFilter}): a page in the
 * blog's layout that says so in the blog's language and offers search and the front page.
 */
@ControllerAdvice(assignableTypes = {ListPages.class, PostController.class, SearchPage.class})
class NotFoundPages {

    private final ReaderPages pages;
    private final PageHead head;
    private final ReaderText text;

    NotFoundPages(ReaderPages pages, PageHead head, ReaderText text) {
        this.pages = pages;
        this.head = head;
        this.text = text;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<String> notFound() {
        String title = text.getTranslation("reader.notfound.title");
        return pages.personal(HttpStatus.NOT_FOUND, "not-found", head.notFound(title),
                new NotFoundPage(title, text.getTranslation("reader.notfound.text")));
    }
}
