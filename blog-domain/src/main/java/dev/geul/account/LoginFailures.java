package dev.geul.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent failed sign-ins, counted per key (a username, a client address) for lock-outs. One node keeps them in
 * memory; several nodes ({@code GEUL_COORDINATION=outbox-polling}) keep them in the database they share, so that
 * an attacker cannot spread his guesses over the nodes.
 */
@Component
public class LoginFailures {

    /** Keys tracked in memory at most; beyond, the one unseen longest is forgotten first. */
    static final int MAX_TRACKED = 100_000;
    /** Failures kept per key, more than any limit asks about. */
    static final int MAX_PER_KEY = 100;

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final boolean shared;
    private final Map<String, Deque<Instant>> memory = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    LoginFailures(Clock clock, JdbcTemplate jdbc, @Value("${geul.search.coordination:none}") String coordination) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.shared = coordination.replace('_', '-').equalsIgnoreCase("outbox-polling");
    }

    /** How many failures this key had within the window. */
    public int recent(String key, Duration window) {
        Instant since = clock.instant().minus(window);
        if (shared) {
            Integer count = jdbc.queryForObject("select count(*) from login_failure where key = ? and failed_at >= ?",
                    Integer.class, key, timestamp(since));
            return count == null ? 0 : count;
        }
        synchronized (memory) {
            Deque<Instant> times = memory.get(key);
            if (times == null) {
                return 0;
            }
            times.removeIf(time -> time.isBefore(since));
            return times.size();
        }
    }

    public void record(String key) {
        Instant now = clock.instant();
        if (shared) {
            jdbc.update("insert into login_failure (key, failed_at) values (?, ?)", key, timestamp(now));
            return;
        }
        synchronized (memory) {
            Deque<Instant> times = memory.computeIfAbsent(key, k -> new ArrayDeque<>());
            times.addLast(now);
            while (times.size() > MAX_PER_KEY) {
                times.removeFirst();
            }
        }
    }

    public void clear(String key) {
        if (shared) {
            jdbc.update("delete from login_failure where key = ?", key);
            return;
        }
        synchronized (memory) {
            memory.remove(key);
        }
    }

    /** Forgets failures older than the window, so that the table stays small. */
    public void forgetOlderThan(Duration window) {
        if (shared) {
            jdbc.update("delete from login_failure where failed_at < ?", timestamp(clock.instant().minus(window)));
        }
    }

    private static java.sql.Timestamp timestamp(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}
