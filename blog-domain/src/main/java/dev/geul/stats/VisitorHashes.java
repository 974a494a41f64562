package dev.geul.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;

import dev.geul.base.ClientKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor of one day, as Plausible tells visitors apart without a cookie: a hash of the client's address (an IPv6
 * client by its /64) and browser, salted with the day's random salt. The salt is the one 공감 uses, shared by every
 * node through the database and deleted once the day is over; with it goes any way to link a hash to a person.
 * Used by the one drain thread.
 */
final class VisitorHashes {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 128 bits: no two of a day's visitors collide in practice, and the index stays small. */
    private static final int HASH_BYTES = 16;

    private final JdbcClient jdbc;
    private @Nullable LocalDate saltDay;
    private byte @Nullable [] salt;

    VisitorHashes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The visitor's hash of the day, in hex. */
    String of(LocalDate day, String clientAddress, String userAgent) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update(saltOf(day));
        sha.update((ClientKey.of(clientAddress) + "\n" + (userAgent == null ? "" : userAgent))
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), HASH_BYTES));
    }

    /** The day's salt, made by the first node that needs it; only the current day's is kept in memory. */
    private byte[] saltOf(LocalDate day) {
        byte[] current = salt;
        if (current == null || !day.equals(saltDay)) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("insert into visitor_salt (day, salt) values (?, ?) on conflict do nothing")
                    .params(Date.valueOf(day), fresh).update();
            current = jdbc.sql("select salt from visitor_salt where day = ?").param(Date.valueOf(day))
                    .query(byte[].class).single();
            salt = current;
            saltDay = day;
        }
        return current;
    }
}
