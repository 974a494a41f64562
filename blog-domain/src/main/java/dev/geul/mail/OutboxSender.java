package dev.geul.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what waits in the outbox. Each node may run it: a mail is taken with {@code FOR UPDATE SKIP LOCKED}, so
 * two nodes never take the same one, and it is marked sent in the transaction that took it. A mail the SMTP server
 * refused, or could not take because it was away, is tried again after a wait that doubles each time (up to
 * {@link #LONGEST_WAIT}); it is never dropped. Without an SMTP server configured ({@code spring.mail.host}) nothing
 * is tried and mail waits.
 */
@Component
public class OutboxSender {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final int perRound;

    OutboxSender(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> smtp,
                 @Value("${geul.mail.from:${spring.mail.username:geul@localhost}}") String from,
                 @Value("${geul.mail.per-round:20}") int perRound) {
        this.perRound = Math.max(1, perRound);
        this.jdbc = jdbc;
        this.clock = clock;
        this.smtp = smtp;
        this.from = from;
    }

    private record Queued(long id, String recipient, String subject, String textBody, String htmlBody,
                          String unsubscribeUrl, int attempts) {
    }

    /**
     * Sends the mails that are due, at most {@code geul.mail.per-round} of them: with {@code geul.mail.interval}
     * between rounds, the rate an SMTP provider allows. @return how many left
     */
    @Scheduled(fixedDelayString = "${geul.mail.interval:PT20S}", initialDelayString = "${geul.mail.interval:PT20S}")
    @Transactional
    public int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Queued> due = jdbc.sql("""
                select id, recipient, subject, text_body, html_body, unsubscribe_url, attempts from mail_outbox
                where sent_at is null and next_attempt_at <= ? order by id limit ? for update skip locked""")
                .params(Timestamp.from(now), perRound)
                .query((row, n) -> new Queued(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getInt(7)))
                .list();
        int sent = 0;
        for (Queued mail : due) {
            try {
                sender.send(message(sender, mail));
                jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                        .params(Timestamp.from(now), mail.id()).update();
                sent++;
            } catch (MailException | MessagingException e) {
                Duration wait = backoff(mail.attempts() + 1);
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                        .params(Timestamp.from(now.plus(wait)), reason.substring(0, Math.min(1000, reason.length())),
                                mail.id())
                        .update();
                log.warn("Mail {} not sent, trying again in {}: {}", mail.id(), wait, reason);
                if (isUnreachable(e)) {
                    // the server is away: the rest would fail alike, they wait for the next round
                    break;
                }
            }
        }
        return sent;
    }

    /** How long a mail waits after its {@code attempts}-th failed try. */
    public static Duration backoff(int attempts) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static boolean isUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof org.springframework.mail.MailAuthenticationException) {
                return true;
            }
        }
        return false;
    }

    private MimeMessage message(JavaMailSender sender, Queued mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from));
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
