package dev.geul.ui.base;

import java.time.Duration;

import com.vaadin.flow.server.WrappedSession;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class SessionLifetimesTest {

    final SessionLifetimes lifetimes = new SessionLifetimes(Duration.ofMinutes(10), Duration.ofMinutes(60));

    @Test
    void a_readers_session_ends_after_ten_idle_minutes() {
        WrappedSession session = mock(WrappedSession.class);

        lifetimes.fit(session, false);

        verify(session).setMaxInactiveInterval(600);
    }

    @Test
    void a_signed_in_writers_session_lasts_the_configured_hour() {
        WrappedSession session = mock(WrappedSession.class);

        lifetimes.fit(session, true);

        verify(session).setMaxInactiveInterval(3600);
    }
}
