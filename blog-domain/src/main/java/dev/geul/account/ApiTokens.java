package dev.geul.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a writer makes one for each tool that writes for them (an editor, a script), sends it as
 * {@code Authorization: Bearer geul_…}, and revokes it when the tool is gone. A token acts with its writer's
 * rights. Only its SHA-256 is stored (a token is 256 random bits: a slow hash would add nothing); the token itself
 * is shown once, when it is made. Each use notes the time, so a writer sees which tokens are still in use.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "geul_";
    public static final int NAME_MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its writer sees it in the list: never the token itself. */
    public record TokenView(long id, String name, String shownPrefix, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just made: {@code token} is shown this once. */
    public record NewToken(long id, String name, String token) {
    }

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, AccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Makes a token for the signed-in writer. Authors and admins.
     *
     * @throws InvalidInputException when the name is empty or too long
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public NewToken create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new InvalidInputException("name", "error.token.name", "Name the token after the tool that will use it");
        }
        if (label.length() > NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "error.token.long",
                    "A token's name has at most " + NAME_MAX_LENGTH + " characters", NAME_MAX_LENGTH);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Long id = jdbc.queryForObject("insert into api_token (account_id, name, token_hash, shown_prefix, created_at)"
                        + " values (?, ?, ?, ?, ?) returning id", Long.class, currentAccountId(), label, hash(token),
                token.substring(0, PREFIX.length() + 4), Timestamp.from(clock.instant()));
        return new NewToken(id == null ? 0 : id, label, token);
    }

    /** The signed-in writer's tokens, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        return jdbc.query("select id, name, shown_prefix, created_at, last_used_at, revoked_at from api_token"
                + " where account_id = ? order by created_at desc, id desc", (row, i) -> new TokenView(row.getLong(1),
                row.getString(2), row.getString(3), instant(row.getTimestamp(4)), instant(row.getTimestamp(5)),
                instant(row.getTimestamp(6))), currentAccountId());
    }

    /**
     * Revokes one of the signed-in writer's tokens: it is refused from now on. Its owner only.
     *
     * @throws NotFoundException when the writer has no such token
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public void revoke(long id) {
        int changed = jdbc.update("update api_token set revoked_at = coalesce(revoked_at, ?) where id = ?"
                + " and account_id = ?", Timestamp.from(clock.instant()), id, currentAccountId());
        if (changed == 0) {
            throw new NotFoundException("Token " + id);
        }
    }

    /**
     * The writer a token belongs to, when it is a valid, unrevoked token of an existing account; notes its use.
     * Anyone (this is how a request signs in).
     */
    public Optional<BlogUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        List<Long> owners = jdbc.queryForList("update api_token set last_used_at = ? where token_hash = ?"
                + " and revoked_at is null returning account_id", Long.class, Timestamp.from(clock.instant()),
                hash(token));
        return owners.stream().findFirst().flatMap(accounts::findById).map(BlogUser::of);
    }

    private static long currentAccountId() {
        return CurrentUser.accountId().orElseThrow(() -> new AccessDeniedException("Sign in to manage tokens"));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
