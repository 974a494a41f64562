package dev.geul.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the outbox stands, for the admin.
 *
 * @param configured whether an SMTP server is set ({@code spring.mail.host}); without one mail only waits
 * @param waiting    mails not sent yet
 * @param lastError  why the last try failed, or null
 * @param lastSentAt when a mail last left, or null
 */
public record MailStatus(boolean configured, long waiting, @Nullable String lastError, @Nullable Instant lastSentAt) {
}
