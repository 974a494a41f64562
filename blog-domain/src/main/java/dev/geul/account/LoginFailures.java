package dev.geul.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.geul.base.NodeCoordination;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recent failed sign-ins, counted per key (an account, an account and an address, an address) for the sign-in
 * throttle, and the places each account signed in from successfully. One node keeps them in memory; several nodes
 * ({@code GEUL_COORDINATION=outbox-polling}) keep them in the database they share, so that an attacker cannot
 * spread his guesses over the nodes. Successful sign-ins are kept apart from failures: only the right password
 * adds one, so a flood of guesses never pushes them out.
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
    /** When each account last signed in from each address, by {@code account|address}. */
    private final Map<String, Instant> signIns = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    LoginFailures(Clock clock, JdbcTemplate jdbc, NodeCoordination nodes) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.shared = nodes.shared();
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

    /** When this key last failed, if it did within the window. */
    public Optional<Instant> lastFailure(String key, Duration window) {
        Instant since = clock.instant().minus(window);
        if (shared) {
            Timestamp last = jdbc.queryForObject("select max(failed_at) from login_failure where key = ?"
                    + " and failed_at >= ?", Timestamp.class, key, timestamp(since));
            return Optional.ofNullable(last).map(Timestamp::toInstant);
        }
        synchronized (memory) {
            Deque<Instant> times = memory.get(key);
            return times == null || times.isEmpty() || times.peekLast().isBefore(since) ? Optional.empty()
                    : Optional.of(times.peekLast());
        }
    }

    /** Notes that this account signed in from this address just now. */
    public void signedIn(String account, String address) {
        Instant now = clock.instant();
        if (shared) {
            jdbc.update("insert into login_success (account_key, address, signed_in_at) values (?, ?, ?)"
                    + " on conflict (account_key, address) do update set signed_in_at = excluded.signed_in_at",
                    account, address, timestamp(now));
            return;
        }
        synchronized (signIns) {
            signIns.put(account + "|" + address, now);
        }
    }

    /** Whether this account signed in successfully from this address within the window. */
    public boolean hasSignedInFrom(String account, String address, Duration window) {
        Instant since = clock.instant().minus(window);
        if (shared) {
            Integer count = jdbc.queryForObject("select count(*) from login_success where account_key = ?"
                    + " and address = ? and signed_in_at >= ?", Integer.class, account, address, timestamp(since));
            return count != null && count > 0;
        }
        synchronized (signIns) {
            Instant last = signIns.get(account + "|" + address);
            return last != null && !last.isBefore(since);
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

    /** Forgets the places of sign-ins older than the window. */
    public void forgetSignInsOlderThan(Duration window) {
        if (shared) {
            jdbc.update("delete from login_success where signed_in_at < ?", timestamp(clock.instant().minus(window)));
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
