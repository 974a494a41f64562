package dev.geul.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.sql.DataSource;

import dev.geul.base.NodeCoordination;
import dev.geul.base.BlogProperties;
import dev.geul.base.RateLimitBuckets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 공감: a reader presses it once per post and day, without an account or a cookie. The reader is told apart by a
 * hash of their address and browser salted with a random salt of the day, shared by every node through the
 * database; at the end of the day the salt and the hashes are deleted and only the counts stay, so nothing
 * identifies a reader past the day. Counting is an insert that a unique key refuses the second time, correct
 * however many nodes answer.
 */
@Service
@Transactional
public class PostLikes {

    private static final Logger log = LoggerFactory.getLogger(PostLikes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BlogProperties blog;
    private final RateLimitBuckets buckets;
    private final int perAddressPerHour;

    PostLikes(JdbcClient jdbc, Clock clock, BlogProperties blog, DataSource dataSource,
              NodeCoordination nodes,
              @Value("${geul.likes.per-address-per-hour:60}") int perAddressPerHour) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.blog = blog;
        this.buckets = new RateLimitBuckets(clock, dataSource, nodes);
        this.perAddressPerHour = perAddressPerHour;
    }

    /**
     * Counts a reader's 공감 for a post, once a day; anyone may call it (the caller checks the reader may read the
     * post). One address counts at most {@code geul.likes.per-address-per-hour} times an hour, whatever browsers
     * it claims to be, so that a script cannot inflate the counts; beyond that the count is left as it is.
     *
     * @return the post's count afterwards
     */
    public long like(long postId, String clientAddress, @Nullable String userAgent) {
        LocalDate today = LocalDate.now(clock.withZone(blog.timeZone()));
        if (!buckets.bucket("like:" + clientAddress, perAddressPerHour, Duration.ofHours(1)).tryConsume(1)) {
            return count(postId);
        }
        String visitor = visitorHash(today, clientAddress, userAgent);
        int added = jdbc.sql("insert into post_like (post_id, visitor_hash, day) values (?, ?, ?) on conflict do nothing")
                .params(postId, visitor, Date.valueOf(today)).update();
        if (added == 1) {
            jdbc.sql("""
                    insert into post_like_count (post_id, likes) values (?, 1)
                    on conflict (post_id) do update set likes = post_like_count.likes + 1""")
                    .param(postId).update();
        }
        return count(postId);
    }

    @Transactional(readOnly = true)
    public long count(long postId) {
        return jdbc.sql("select likes from post_like_count where post_id = ?").param(postId).query(Long.class)
                .optional().orElse(0L);
    }

    /** The counts of several posts in one query; a post nobody liked is left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(Collection<Long> postIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select post_id, likes from post_like_count where post_id = any(?)")
                .param(postIds.toArray(Long[]::new))
                .query((row, n) -> counts.put(row.getLong(1), row.getLong(2))).list();
        return counts;
    }

    /** Forgets who liked what on days past, and their salts: only the counts are kept. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public void forgetDaysPast() {
        Date today = Date.valueOf(LocalDate.now(clock.withZone(blog.timeZone())));
        int hashes = jdbc.sql("delete from post_like where day < ?").param(today).update();
        jdbc.sql("delete from visitor_salt where day < ?").param(today).update();
        if (hashes > 0) {
            log.debug("Forgot {} readers' 공감 of days past", hashes);
        }
    }

    private String visitorHash(LocalDate day, String clientAddress, @Nullable String userAgent) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into visitor_salt (day, salt) values (?, ?) on conflict do nothing")
                .params(Date.valueOf(day), fresh).update();
        byte[] salt = jdbc.sql("select salt from visitor_salt where day = ?").param(Date.valueOf(day))
                .query(byte[].class).single();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((clientAddress + "\n" + (userAgent == null ? "" : userAgent)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
