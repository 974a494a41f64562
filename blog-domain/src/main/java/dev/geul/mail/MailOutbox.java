package dev.geul.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail waiting to leave. A mail is queued in the transaction of what caused it (a reply, a new post), so it is
 * queued exactly when that is stored and never when that is rolled back; {@link OutboxSender} sends it later.
 */
@Service
@Transactional
public class MailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> smtp;

    MailOutbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> smtp) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.smtp = smtp;
    }

    /** Queues a mail inside the caller's transaction; there must be one, so that the mail shares its fate. */
    @Transactional(propagation = Propagation.MANDATORY)
    @SuppressWarnings("NullAway") // JdbcClient sends a null unsubscribe address as SQL NULL, which the column takes
    public void queue(OutgoingMail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into mail_outbox (recipient, subject, text_body, html_body, unsubscribe_url, created_at,
                                         next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(mail.recipient(), mail.subject(), mail.textBody(), mail.htmlBody(), mail.unsubscribeUrl(),
                        now, now)
                .update();
    }

    /** How the outbox stands: admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public MailStatus status() {
        long waiting = jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Long.class).single();
        String lastError = jdbc.sql("""
                select last_error from mail_outbox where sent_at is null and last_error is not null
                order by next_attempt_at desc limit 1""").query(String.class).optional().orElse(null);
        Instant lastSent = jdbc.sql("select max(sent_at) from mail_outbox").query((row, n) -> row.getTimestamp(1))
                .list().stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst().orElse(null);
        return new MailStatus(smtp.getIfAvailable() != null, waiting, lastError, lastSent);
    }
}
