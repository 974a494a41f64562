package dev.geul.ui.comment;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** The reader's address as the servlet container sees it (behind a proxy: forwarded headers are honoured). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getBrowser() != null ? session.getBrowser().getAddress() : null;
    }
}
