package dev.geul.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.geul.base.InvalidInputException;
import dev.geul.search.SearchUnavailableException;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a reader or writer sees when something a view did not expect goes wrong: a message in their language, not
 * a stack trace or silence; the details go to the log. Refused input says why; a missing permission says so.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            UI ui = UI.getCurrent();
            String key = keyFor(error);
            if (key.equals("error.unexpected") || key.equals(dev.geul.base.StorageFullException.KEY)) {
                log.error("An error the view did not handle", error);
            } else if (key.equals("error.database.unavailable")) {
                log.warn("Refused in a view while the database is away: {}", error.toString());
            } else {
                log.debug("Refused in a view: {}", error.getMessage());
            }
            if (ui != null) {
                String text = key.equals("error.invalid") ? ui.getTranslation(key, refusal(error, ui))
                        : ui.getTranslation(key);
                Notification.show(text, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        private static @Nullable String refusal(Throwable error, UI ui) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException refused) {
                    return Refusals.text(ui, refused);
                }
                if (cause instanceof ConstraintViolationException refused) {
                    // refused by an entity's constraints as it was stored, past the services' validation
                    return Refusals.text(ui, InvalidInputException.of(refused));
                }
            }
            return error.getMessage();
        }

        static String keyFor(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException || cause instanceof ConstraintViolationException) {
                    return "error.invalid";
                }
                if (cause instanceof AccessDeniedException) {
                    return "error.denied";
                }
                if (cause instanceof SearchUnavailableException) {
                    return "search.unavailable";
                }
                if (cause instanceof dev.geul.base.StorageFullException) {
                    return dev.geul.base.StorageFullException.KEY;
                }
            }
            if (dev.geul.base.DatabaseOutage.causes(error)) {
                return "error.database.unavailable";
            }
            return "error.unexpected";
        }
    }
}
