package dev.geul.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what waits in the outbox. Each node may run it: a mail is taken with {@code FOR UPDATE SKIP LOCKED}, so
 * two nodes never take the same one, and it is marked sent in the transaction that took it. A round's mails leave
 * over one connection to the SMTP server. A mail the SMTP server refused, or could not take because it was away, is
 * tried again after a wait that doubles each time (up to {@link #LONGEST_WAIT}); it is never dropped. Without an
 * SMTP server configured ({@code spring.mail.host}) nothing is tried and mail waits.
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
        if (due.isEmpty()) {
            return 0;
        }
        Map<Queued, Exception> failed = send(sender, due);
        List<Long> sent = new ArrayList<>();
        for (Queued mail : due) {
            Exception failure = failed.get(mail);
            if (failure == null) {
                sent.add(mail.id());
                continue;
            }
            Duration wait = backoff(mail.attempts() + 1);
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            jdbc.sql("update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(Timestamp.from(now.plus(wait)), reason.substring(0, Math.min(1000, reason.length())),
                            mail.id())
                    .update();
            log.warn("Mail {} not sent, trying again in {}: {}", mail.id(), wait, reason);
            if (isUnreachable(failure)) {
                // the server is away: the rest were not tried, they wait for the next round as they were
                break;
            }
        }
        jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = any(?)")
                .params(Timestamp.from(now), sent.toArray(Long[]::new)).update();
        return sent.size();
    }

    /**
     * Sends the round's mails over one connection to the SMTP server, not one connection a mail.
     * @return the mails not sent, with why; after one the server could not be reached for, the rest were not tried
     */
    private Map<Queued, Exception> send(JavaMailSender sender, List<Queued> due) {
        Map<Queued, Exception> failed = new HashMap<>();
        Map<MimeMessage, Queued> made = new LinkedHashMap<>();
        for (Queued mail : due) {
            try {
                made.put(message(sender, mail), mail);
            } catch (MessagingException e) {
                failed.put(mail, e);
            }
        }
        if (made.isEmpty()) {
            return failed;
        }
        try {
            sender.send(made.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // each mail that failed with its reason; none named when only closing the connection failed
            e.getFailedMessages().forEach((message, reason) -> failed.put(made.get(message), reason));
        } catch (MailException e) {
            // the server refused the account, which it checks before the first mail: none was sent
            failed.put(made.values().iterator().next(), e);
        }
        return failed;
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
