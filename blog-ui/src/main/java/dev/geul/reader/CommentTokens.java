package dev.geul.reader;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token in a reader page's comment form, in place of a session's CSRF token: a keyed hash of the post and the
 * hour the page was made, so a page served from a cache still takes comments and nothing is kept per reader. A
 * token is good for {@link #VALID_FOR}. With several nodes, give them one secret ({@code geul.reader.form-secret});
 * without one each start picks its own, and forms shown before a restart must be sent again.
 */
@Component
class CommentTokens {

    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration VALID_FOR = Duration.ofHours(24);

    private final byte[] secret;
    private final Clock clock;

    CommentTokens(@Value("${geul.reader.form-secret:}") String configuredSecret, Clock clock) {
        this.clock = clock;
        if (configuredSecret.isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = configuredSecret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String issue(long postId) {
        long window = currentWindow();
        return window + "." + sign(postId, window);
    }

    boolean isValid(long postId, @Nullable String token) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long window;
        try {
            window = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long now = currentWindow();
        if (window > now || now - window > VALID_FOR.dividedBy(WINDOW)) {
            return false;
        }
        return MessageDigest.isEqual(sign(postId, window).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private long currentWindow() {
        return clock.millis() / WINDOW.toMillis();
    }

    private String sign(long postId, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("comment:" + postId + ":" + window).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
