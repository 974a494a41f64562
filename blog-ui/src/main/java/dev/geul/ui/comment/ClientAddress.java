package dev.geul.ui.comment;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * The reader's address as the servlet container sees it: the peer of the connection, or, only where the admin says a
 * reverse proxy stands in front ({@code BLOG_FORWARD_HEADERS=native}), the address that proxy forwards. Rate limits
 * count it by {@link dev.geul.base.ClientKey}.
 */
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
