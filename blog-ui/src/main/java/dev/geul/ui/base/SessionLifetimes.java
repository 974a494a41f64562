package dev.geul.ui.base;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps every visitor's page on the server, so a reader's session should not outlive their visit by
 * much: anonymous sessions expire after {@code geul.ui.reader-session-timeout} (10 minutes, twice Vaadin's
 * heartbeat, so an open tab stays alive), signed-in writers' after {@code server.servlet.session.timeout}.
 * Each page opened decides again, so signing in (which opens a new page) lengthens the session.
 */
@Component
class SessionLifetimes implements VaadinServiceInitListener {

    private final int readerSeconds;
    private final int writerSeconds;

    SessionLifetimes(@Value("${geul.ui.reader-session-timeout:10m}") Duration reader,
                     @Value("${server.servlet.session.timeout:60m}") Duration writer) {
        this.readerSeconds = (int) reader.toSeconds();
        this.writerSeconds = (int) writer.toSeconds();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            fit(ui.getSession().getSession(), request != null && request.getUserPrincipal() != null);
            Appearance.apply(ui);
        });
    }

    void fit(WrappedSession session, boolean signedIn) {
        if (session != null) {
            session.setMaxInactiveInterval(signedIn ? writerSeconds : readerSeconds);
        }
    }
}
