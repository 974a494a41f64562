package dev.geul.webhook;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The endpoints the admin registered, and what was delivered to them. Admins only. Registering gives the endpoint
 * a random secret, shown once ({@link RegisteredWebhook}); an address the blog would not call (not http(s), in a
 * private network unless allowed, unknown) is refused when it is given, not at the first delivery.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
@EnableConfigurationProperties(WebhookSettings.class)
public class Webhooks {

    /** Deliveries the history shows per endpoint, newest first. */
    public static final int HISTORY = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebhookCall call;

    Webhooks(JdbcClient jdbc, Clock clock, WebhookCall call) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.call = call;
    }

    /**
     * Registers an endpoint for {@code events}.
     *
     * @throws InvalidInputException ({@code url}) for an address the blog would not call, ({@code events}) for none
     */
    @SuppressWarnings("NullAway") // JdbcClient sends a null description as SQL NULL
    public RegisteredWebhook register(String url, Collection<WebhookEvent> events, @Nullable String description) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty() || address.length() > Webhook.URL_MAX_LENGTH) {
            throw new InvalidInputException("url", "error.webhook.url", "Give the endpoint's http or https address");
        }
        var refusal = call.refusal(address);
        if (refusal != null) {
            throw new InvalidInputException("url", refusal.privateNetwork() ? "error.webhook.private"
                    : "error.webhook.url", "The address is refused: " + refusal.getMessage());
        }
        if (events == null || events.isEmpty()) {
            throw new InvalidInputException("events", "error.webhook.events", "Choose at least one event");
        }
        String about = description == null || description.isBlank() ? null : description.strip();
        if (about != null && about.length() > Webhook.DESCRIPTION_MAX_LENGTH) {
            throw new InvalidInputException("description", "error.webhook.description",
                    "The description is too long", Webhook.DESCRIPTION_MAX_LENGTH);
        }
        String secret = randomSecret();
        long id = jdbc.sql("""
                insert into webhook (url, events, secret, description, created_at) values (?, ?::varchar[], ?, ?, ?)
                returning id""")
                .params(address, "{" + String.join(",", EnumSet.copyOf(events).stream().map(Enum::name).toList())
                        + "}", secret, about, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return new RegisteredWebhook(get(id), secret);
    }

    @Transactional(readOnly = true)
    public List<Webhook> list() {
        return jdbc.sql(SELECT + " order by w.id").query(Webhooks::webhook).list();
    }

    @Transactional(readOnly = true)
    public Webhook get(long id) {
        return jdbc.sql(SELECT + " where w.id = ?").param(id).query(Webhooks::webhook).optional()
                .orElseThrow(() -> new NotFoundException("Webhook " + id));
    }

    /** Pauses or resumes an endpoint; a paused one is queued nothing. */
    public Webhook setActive(long id, boolean active) {
        if (jdbc.sql("update webhook set active = ? where id = ?").params(active, id).update() == 0) {
            throw new NotFoundException("Webhook " + id);
        }
        return get(id);
    }

    /** Removes an endpoint with its history; what waited for it is not sent. */
    public void remove(long id) {
        if (jdbc.sql("delete from webhook where id = ?").param(id).update() == 0) {
            throw new NotFoundException("Webhook " + id);
        }
    }

    /** The endpoint's {@link #HISTORY} newest deliveries, each with its tries. */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long id) {
        get(id);
        Map<Long, List<WebhookDelivery.Attempt>> attempts = new LinkedHashMap<>();
        jdbc.sql("""
                select a.delivery_id, a.attempted_at, a.status_code, a.error, a.duration_ms from webhook_attempt a
                where a.delivery_id in (select id from webhook_delivery where webhook_id = ? order by id desc limit ?)
                order by a.id""")
                .params(id, HISTORY)
                .query((ResultSet row) -> {
                    attempts.computeIfAbsent(row.getLong(1), key -> new ArrayList<>()).add(
                            new WebhookDelivery.Attempt(row.getTimestamp(2).toInstant(),
                                    (Integer) row.getObject(3), row.getString(4), row.getLong(5)));
                });
        return jdbc.sql("""
                select id, delivery_key, event, created_at, attempts, next_attempt_at, delivered_at, given_up_at
                from webhook_delivery where webhook_id = ? order by id desc limit ?""")
                .params(id, HISTORY)
                .query((row, n) -> new WebhookDelivery(row.getLong(1), row.getObject(2, java.util.UUID.class),
                        WebhookEvent.valueOf(row.getString(3)), row.getTimestamp(4).toInstant(),
                        state(row.getTimestamp(7), row.getTimestamp(8)), row.getInt(5),
                        row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant(),
                        List.copyOf(attempts.getOrDefault(row.getLong(1), List.of()))))
                .list();
    }

    private static final String SELECT = """
            select w.id, w.url, w.events, w.description, w.active, w.created_at,
                   (select case when d.delivered_at is not null then 'DELIVERED'
                                when d.given_up_at is not null then 'GIVEN_UP' else 'WAITING' end
                    from webhook_delivery d where d.webhook_id = w.id order by d.id desc limit 1)
            from webhook w""";

    private static Webhook webhook(ResultSet row, int n) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Array array = row.getArray(3);
        for (Object name : (Object[]) array.getArray()) {
            events.add(WebhookEvent.valueOf((String) name));
        }
        String last = row.getString(7);
        return new Webhook(row.getLong(1), row.getString(2), events, row.getString(4), row.getBoolean(5),
                row.getTimestamp(6).toInstant(), last == null ? null : WebhookDelivery.State.valueOf(last));
    }

    private static WebhookDelivery.State state(Timestamp delivered, Timestamp givenUp) {
        return delivered != null ? WebhookDelivery.State.DELIVERED
                : givenUp != null ? WebhookDelivery.State.GIVEN_UP : WebhookDelivery.State.WAITING;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
