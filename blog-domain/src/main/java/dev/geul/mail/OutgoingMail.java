package dev.geul.mail;

import org.jspecify.annotations.Nullable;

/**
 * A mail to queue: both an HTML and a plain-text body, so every mail program shows it well.
 *
 * @param unsubscribeUrl the one-click unsubscribe address (RFC 8058) put in {@code List-Unsubscribe}, or null for
 *                       a mail nobody subscribed to (the author's own notices)
 */
public record OutgoingMail(String recipient, String subject, String textBody, String htmlBody,
                           @Nullable String unsubscribeUrl) {
}
