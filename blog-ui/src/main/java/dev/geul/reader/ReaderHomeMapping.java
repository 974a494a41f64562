package dev.geul.reader;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Sends a reader's GET of {@code /} to the front page. Not a {@code @GetMapping("/")}: the studio's client talks
 * to its server by POSTs to {@code /?v-r=…}, which an annotated mapping of {@code /} would refuse (405) instead of
 * passing them on to Vaadin. This mapping answers only a GET or HEAD without {@code v-r} and lets everything else
 * through.
 */
@Component
class ReaderHomeMapping extends AbstractHandlerMapping {

    private final HandlerMethod home;

    ReaderHomeMapping(ListPages pages) throws NoSuchMethodException {
        this.home = new HandlerMethod(pages, ListPages.class.getMethod("home", String.class, WebRequest.class));
        // before Vaadin's catch-all forwarding of every other address to its servlet
        setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method))) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean front = path.isEmpty() || path.equals("/");
        return front && request.getParameter("v-r") == null ? home : null;
    }
}
