package dev.geul.mail;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.geul.base.InvalidInputException;
import dev.geul.base.RateLimitBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions by e-mail with double opt-in: subscribing queues a confirmation mail, only a confirmed subscriber
 * is mailed posts, and every mail's link unsubscribes at one click. Each post goes to the subscribers once.
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
                  @Value("${geul.search.coordination:none}") String coordination) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.buckets = new RateLimitBuckets(clock, dataSource, coordination);
    }

    /**
     * Subscribes an address, waiting for confirmation, and queues the confirmation mail {@code confirmation} makes
     * from the address and the subscriber's token. Anyone. An address already confirmed gets nothing (and the caller learns
     * nothing), so the form cannot be used to find out who subscribed; nor does an address that was sent
     * {@link #CONFIRMATIONS_PER_DAY} confirmations that day.
     *
     * @throws InvalidInputException ({@code email}) for something that is not an address
     */
    public void subscribe(String email, BiFunction<String, String, OutgoingMail> confirmation) {
        String address = email == null ? "" : email.strip();
        if (address.length() > EMAIL_MAX_LENGTH || !ADDRESS.matcher(address).matches()) {
            throw new InvalidInputException("email", "error.subscribe.email", "Give a valid e-mail address");
        }
        Optional<Subscriber> known = find("lower(email) = lower(?)", address);
        if (known.isPresent() && known.get().state() == Subscriber.State.CONFIRMED
                || !buckets.bucket("subscribe:" + address.toLowerCase(java.util.Locale.ROOT), CONFIRMATIONS_PER_DAY,
                java.time.Duration.ofDays(1)).tryConsume(1)) {
            return;
        }
        String token = known.map(Subscriber::token).orElseGet(Subscriptions::randomToken);
        Timestamp now = Timestamp.from(clock.instant());
        if (known.isPresent()) {
            jdbc.sql("update subscriber set state = 'PENDING', unsubscribed_at = null where id = ?")
                    .param(known.get().id()).update();
        } else {
            jdbc.sql("insert into subscriber (email, state, token, created_at) values (?, 'PENDING', ?, ?)")
                    .params(address, token, now).update();
        }
        outbox.queue(confirmation.apply(address, token));
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

    /**
     * Queues a post's mail to every confirmed subscriber, once in the post's life: a second call for the same post
     * (republished, or seen by another node) queues nothing. Called in the transaction that made the post go live;
     * the caller checks that the post is public.
     *
     * @param mail makes the mail for one subscriber
     * @return how many mails were queued
     */
    public int mailPostOnce(long postId, Function<Subscriber, OutgoingMail> mail) {
        int claimed = jdbc.sql("insert into post_mailing (post_id, queued_at) values (?, ?) on conflict do nothing")
                .params(postId, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return 0;
        }
        int[] queued = {0};
        // streamed, so that many subscribers do not sit in memory at once
        try (var confirmed = jdbc.sql(SELECT + " where state = 'CONFIRMED' order by id")
                .query(Subscriptions::subscriber).stream()) {
            confirmed.forEach(subscriber -> {
                outbox.queue(mail.apply(subscriber));
                queued[0]++;
            });
        }
        return queued[0];
    }

    /** Every subscriber, newest first: admins. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Subscriber> list() {
        return jdbc.sql(SELECT + " order by created_at desc, id desc").query(Subscriptions::subscriber).list();
    }

    private static final String SELECT = "select id, email, state, token, created_at, confirmed_at from subscriber";

    private Optional<Subscriber> find(String condition, Object value) {
        return jdbc.sql(SELECT + " where " + condition).param(value).query(Subscriptions::subscriber).optional();
    }

    private static Subscriber subscriber(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        Timestamp confirmed = row.getTimestamp(6);
        return new Subscriber(row.getLong(1), row.getString(2), Subscriber.State.valueOf(row.getString(3)),
                row.getString(4), row.getTimestamp(5).toInstant(), confirmed == null ? null : confirmed.toInstant());
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
