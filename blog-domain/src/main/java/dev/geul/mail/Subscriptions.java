package dev.geul.mail;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.geul.base.NodeCoordination;
import dev.geul.base.InvalidInputException;
import dev.geul.base.RateLimitBuckets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions by e-mail with double opt-in: subscribing queues a confirmation mail, only a confirmed subscriber
 * is mailed posts, and every mail's link unsubscribes at one click. A subscription is to the whole blog or to one
 * category; {@link PostMailing} mails each post once to everyone subscribed to it.
 */
@Service
@Transactional
public class Subscriptions {

    public static final int EMAIL_MAX_LENGTH = 320;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Confirmation mails one address may be sent a day, so that the form cannot flood someone's mailbox. */
    static final int CONFIRMATIONS_PER_DAY = 3;

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final Clock clock;
    private final RateLimitBuckets buckets;

    Subscriptions(JdbcClient jdbc, MailOutbox outbox, Clock clock, DataSource dataSource,
                  NodeCoordination nodes) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.buckets = new RateLimitBuckets(clock, dataSource, nodes);
    }

    /**
     * Subscribes an address to the whole blog ({@code categorySlug} null) or to one category, waiting for
     * confirmation, and queues the confirmation mail {@code confirmation} makes from the address and the
     * subscription's token. Anyone. An address already confirmed for that gets nothing (and the caller learns
     * nothing), so the form cannot be used to find out who subscribed; nor does an address that was sent
     * {@link #CONFIRMATIONS_PER_DAY} confirmations that day.
     *
     * @throws InvalidInputException ({@code email}) for something that is not an address, ({@code category}) for a
     *                               category that does not exist
     */
    public void subscribe(String email, @Nullable String categorySlug, ConfirmationMail confirmation) {
        String address = email == null ? "" : email.strip();
        if (!isAddress(address)) {
            throw new InvalidInputException("email", "error.subscribe.email", "Give a valid e-mail address");
        }
        Long categoryId = categoryId(categorySlug);
        String categoryName = categoryId == null ? null : jdbc.sql("select name from category where id = ?")
                .param(categoryId).query(String.class).single();
        Optional<Subscriber> known = find(address, categoryId);
        if (known.isPresent() && known.get().state() == Subscriber.State.CONFIRMED
                || !buckets.bucket("subscribe:" + address.toLowerCase(java.util.Locale.ROOT), CONFIRMATIONS_PER_DAY,
                java.time.Duration.ofDays(1)).tryConsume(1)) {
            return;
        }
        String token = known.map(Subscriber::token).orElseGet(Subscriptions::randomToken);
        if (known.isPresent()) {
            jdbc.sql("update subscriber set state = 'PENDING', unsubscribed_at = null where id = ?")
                    .param(known.get().id()).update();
        } else {
            insert(address, categoryId, Subscriber.State.PENDING, token);
        }
        outbox.queue(confirmation.make(address, token, categoryName));
    }

    /** Whether this is an address mail can be sent to (a loose check: the confirmation mail is the real one). */
    public static boolean isAddress(String address) {
        return address != null && address.length() <= EMAIL_MAX_LENGTH && ADDRESS.matcher(address).matches();
    }

    /** The id of the category of this slug; null for none (the whole blog). */
    @Nullable Long categoryId(@Nullable String categorySlug) {
        if (categorySlug == null || categorySlug.isBlank()) {
            return null;
        }
        return jdbc.sql("select id from category where slug = ?").param(categorySlug.strip()).query(Long.class)
                .optional().orElseThrow(() -> new InvalidInputException("category", "error.subscribe.category",
                        "That category no longer exists"));
    }

    /** Stores a subscription; the caller checked that it is new. */
    @SuppressWarnings("NullAway") // JdbcClient sends a null category or time as SQL NULL
    void insert(String address, @Nullable Long categoryId, Subscriber.State state, String token) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into subscriber (email, state, token, created_at, confirmed_at, category_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(address, state.name(), token, now, state == Subscriber.State.CONFIRMED ? now : null,
                        categoryId)
                .update();
    }

    /** Confirms the subscription of this link's token. Anyone holding the link. @return whether it was known */
    public boolean confirm(String token) {
        return jdbc.sql("""
                update subscriber set state = 'CONFIRMED', confirmed_at = ?, unsubscribed_at = null
                where token = ? and state <> 'UNSUBSCRIBED'""")
                .params(Timestamp.from(clock.instant()), token).update() == 1;
    }

    /** Unsubscribes the holder of this link's token. Anyone holding the link. @return whether it was known */
    public boolean unsubscribe(String token) {
        return jdbc.sql("update subscriber set state = 'UNSUBSCRIBED', unsubscribed_at = ? where token = ?")
                .params(Timestamp.from(clock.instant()), token).update() == 1;
    }

    /** Every subscriber, newest first: admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Subscriber> list() {
        return jdbc.sql(SELECT + " order by s.created_at desc, s.id desc").query(Subscriptions::subscriber).list();
    }

    static final String SELECT = """
            select s.id, s.email, s.state, s.token, s.created_at, s.confirmed_at, c.slug, c.name
            from subscriber s left join category c on c.id = s.category_id""";

    Optional<Subscriber> find(String address, @Nullable Long categoryId) {
        return jdbc.sql(SELECT + " where lower(s.email) = lower(?) and coalesce(s.category_id, 0) = ?")
                .params(address, categoryId == null ? 0L : categoryId).query(Subscriptions::subscriber).optional();
    }

    static Subscriber subscriber(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Timestamp confirmed = row.getTimestamp(6);
        return new Subscriber(row.getLong(1), row.getString(2), Subscriber.State.valueOf(row.getString(3)),
                row.getString(4), row.getTimestamp(5).toInstant(), confirmed == null ? null : confirmed.toInstant(),
                row.getString(7), row.getString(8));
    }

    static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
