package dev.geul.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due. Any node may run it: a round claims its deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and holds them for a lease longer than a try can take, so no two nodes send the
 * same one, and no transaction stays open while an endpoint is slow. A try that fails (no answer, an answer other
 * than 2xx) is tried again after a wait that doubles each time, up to {@link WebhookSettings#maxAttempts()} tries;
 * every try is kept for the admin. A node that stops mid-try leaves its claim to run out, and another node sends
 * the delivery again: a receiver may see a delivery twice and knows it by its {@code X-Geul-Delivery}.
 */
@Component
public class WebhookSender {

    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebhookCall call;
    private final WebhookSettings settings;
    private final TransactionTemplate transaction;

    WebhookSender(JdbcClient jdbc, Clock clock, WebhookCall call, WebhookSettings settings,
                  TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.call = call;
        this.settings = settings;
        this.transaction = transaction;
    }

    private record Claimed(long id, UUID key, WebhookEvent event, String payload, int attempts, String url,
                           String secret) {
    }

    /** Sends the due deliveries, one batch. @return how many were delivered */
    @Scheduled(fixedDelayString = "${geul.webhooks.interval:PT10S}", initialDelayString = "${geul.webhooks.interval:PT10S}")
    public int sendDue() {
        int delivered = 0;
        for (Claimed claimed : claim()) {
            WebhookCall.Outcome outcome = call.post(claimed.url(), claimed.secret(), claimed.key(), claimed.event(),
                    claimed.payload());
            try {
                record(claimed, outcome);
            } catch (org.springframework.dao.DataIntegrityViolationException removed) {
                // the endpoint was removed while it was being called: its history went with it
                continue;
            }
            if (outcome.delivered()) {
                delivered++;
            } else {
                log.warn("Webhook delivery {} ({}) to {} failed: {}", claimed.key(), claimed.event().wireName(),
                        claimed.url(), outcome.error());
            }
        }
        return delivered;
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        // longer than one try can take, with room for a round of them
        Instant leaseEnds = now.plus(settings.timeout().multipliedBy(settings.batch() + 2L));
        return transaction.execute(status -> jdbc.sql("""
                        update webhook_delivery d set next_attempt_at = ?
                        from webhook w
                        where w.id = d.webhook_id and d.id in (
                            select id from webhook_delivery where next_attempt_at <= ?
                            order by next_attempt_at, id limit ? for update skip locked)
                        returning d.id, d.delivery_key, d.event, d.payload, d.attempts, w.url, w.secret""")
                .params(Timestamp.from(leaseEnds), Timestamp.from(now), settings.batch())
                .query((row, n) -> new Claimed(row.getLong(1), row.getObject(2, UUID.class),
                        WebhookEvent.valueOf(row.getString(3)), row.getString(4), row.getInt(5), row.getString(6),
                        row.getString(7)))
                .list());
    }

    @SuppressWarnings("NullAway") // JdbcClient sends a null parameter as SQL NULL, which these columns take
    private void record(Claimed claimed, WebhookCall.Outcome outcome) {
        Instant now = clock.instant();
        int attempts = claimed.attempts() + 1;
        String error = outcome.error() == null ? null
                : outcome.error().substring(0, Math.min(1000, outcome.error().length()));
        boolean givingUp = !outcome.delivered() && attempts >= settings.maxAttempts();
        Instant next = outcome.delivered() || givingUp ? null : now.plus(backoff(attempts));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                    values (?, ?, ?, ?, ?)""")
                    .params(claimed.id(), Timestamp.from(now), outcome.statusCode(), error,
                            (int) Math.min(Integer.MAX_VALUE, outcome.durationMillis()))
                    .update();
            jdbc.sql("""
                    update webhook_delivery set attempts = ?, next_attempt_at = ?, delivered_at = ?, given_up_at = ?
                    where id = ?""")
                    .params(attempts, next == null ? null : Timestamp.from(next),
                            outcome.delivered() ? Timestamp.from(now) : null, givingUp ? Timestamp.from(now) : null,
                            claimed.id())
                    .update();
        });
    }

    /** How long a delivery waits after its {@code attempts}-th failed try. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
