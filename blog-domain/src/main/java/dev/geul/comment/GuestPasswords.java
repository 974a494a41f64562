package dev.geul.comment;

import java.util.Objects;

import dev.geul.base.PasswordAttempts;
import dev.geul.base.RateLimitedException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The passwords guests choose for their comments: hashed with the blog's password encoder, checked within a budget
 * of tries per comment and client ({@link PasswordAttempts}), and upgraded on a right match when the hash is of an
 * older kind (Tistory's unsalted {@code {MD5}} hashes come in with imports).
 *
 * <p>They are also how a guest is recognised for first-time moderation: a display name is public and anyone can
 * type it, so a guest counts as known only when a new comment comes with a name <em>and</em> a password that one
 * of that name's approved comments was written with. A stranger who copies the name does not know the password.
 */
@Component
class GuestPasswords {

    /** Approved comments of a name whose passwords are tried when recognising a guest (each is a slow hash). */
    static final int KNOWN_HASHES_TRIED = 3;

    private final PasswordEncoder passwordEncoder;
    private final PasswordAttempts attempts;
    private final CommentRepository comments;

    GuestPasswords(PasswordEncoder passwordEncoder, PasswordAttempts attempts, CommentRepository comments) {
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.comments = comments;
    }

    String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "a password given has a hash");
    }

    /**
     * Whether {@code password} is the guest comment's password; a right one stored with an outdated hash is
     * stored again with the blog's encoder.
     *
     * @throws RateLimitedException when this client tried too many passwords on this comment lately
     */
    boolean matches(Comment comment, @Nullable String password, @Nullable String clientKey) {
        String hash = comment.getGuestPasswordHash();
        if (password == null || password.isEmpty() || hash == null) {
            return false;
        }
        boolean matched = attempts.check("comment:" + comment.getId(), clientKey,
                () -> passwordEncoder.matches(password, hash));
        if (matched && passwordEncoder.upgradeEncoding(hash)) {
            comment.setGuestPasswordHash(hash(password));
        }
        return matched;
    }

    /**
     * Whether a guest with this name and password had a comment approved before; {@code exceptCommentId} (or -1)
     * does not count, so that a comment does not vouch for itself.
     */
    boolean isKnownGuest(String authorName, @Nullable String password, long exceptCommentId) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        return comments.findApprovedGuestPasswordHashes(authorName, exceptCommentId, Limit.of(KNOWN_HASHES_TRIED))
                .stream().anyMatch(hash -> passwordEncoder.matches(password, hash));
    }
}
