package dev.geul.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event's deliveries, one for each active endpoint that asked for it, in the transaction of what caused
 * it: an event is queued exactly when that is stored and never when it is rolled back. {@link WebhookSender} sends
 * them later.
 */
@Component
class WebhookQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues {@code {"event": ..., "createdAt": ..., "data": data}} for the endpoints of {@code event}.
     *
     * @return how many deliveries were queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(WebhookEvent event, Map<String, Object> data) {
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.wireName());
        body.put("createdAt", now.toString());
        body.put("data", data);
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                insert into webhook_delivery (webhook_id, delivery_key, event, payload, created_at, next_attempt_at)
                select id, gen_random_uuid(), ?, ?, ?, ? from webhook where active and ? = any(events)""")
                .params(event.name(), JSON.writeValueAsString(body), at, at, event.name())
                .update();
    }
}
