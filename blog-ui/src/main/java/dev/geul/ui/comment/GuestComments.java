package dev.geul.ui.comment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.VaadinSession;

/** The comments a guest wrote in this browser session: they see them while pending, and their secret ones. */
final class GuestComments {

    private static final String KEY = GuestComments.class.getName();

    private GuestComments() {
    }

    @SuppressWarnings("unchecked")
    static Set<Long> mine() {
        VaadinSession session = VaadinSession.getCurrent();
        Set<Long> ids = (Set<Long>) session.getAttribute(KEY);
        if (ids == null) {
            ids = ConcurrentHashMap.newKeySet();
            session.setAttribute(KEY, ids);
        }
        return ids;
    }

    static Set<Long> peek() {
        VaadinSession session = VaadinSession.getCurrent();
        @SuppressWarnings("unchecked")
        Set<Long> ids = session == null ? null : (Set<Long>) session.getAttribute(KEY);
        return ids == null ? Set.of() : ids;
    }
}
