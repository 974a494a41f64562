package dev.geul.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a writer makes one for each tool that writes for them (an editor, a script), sends it as
 * {@code Authorization: Bearer geul_…}, and revokes it when the tool is gone. A token acts with its writer's
 * rights. Only its SHA-256 is stored (a token is 256 random bits: a slow hash would add nothing); the token itself
 * is shown once, when it is made. Each use notes the time, so a writer sees which tokens are still in use.
 *
 * <p>A token may end on a date ({@code expiresAt}). A request signed in with a token carries the authority
 * {@value #SIGNED_IN_BY_TOKEN}; it may make further tokens only when its token was made for it
 * ({@value #MAY_MAKE_TOKENS}), so that a leaked token cannot breed tokens that outlive its revocation. Every token
 * of an account is revoked when its password changes or an admin resets it ({@link AccountService}).
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "geul_";
    public static final int NAME_MAX_LENGTH = 100;

    /** The authority of a request signed in with a token. */
    public static final String SIGNED_IN_BY_TOKEN = "API_TOKEN";
    /** The authority of a request signed in with a token that may make further tokens. */
    public static final String MAY_MAKE_TOKENS = "API_TOKEN_MAKES_TOKENS";
    /** The longest a token may be made for. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(3650);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A token as its writer sees it in the list: never the token itself.
     *
     * @param expiresAt     when it stops working, or null for never
     * @param canMakeTokens whether it may make further tokens
     * @param expired       whether its end has come
     */
    public record TokenView(long id, String name, String shownPrefix, Instant createdAt, @Nullable Instant lastUsedAt,
                            @Nullable Instant revokedAt, @Nullable Instant expiresAt, boolean canMakeTokens,
                            boolean expired) {

        public boolean active() {
            return revokedAt == null && !expired;
        }
    }

    /** A token just made: {@code token} is shown this once. */
    public record NewToken(long id, String name, String token, @Nullable Instant expiresAt, boolean canMakeTokens) {
    }

    /** A request signed in with a token: its writer, and what the token allows beyond the writer's rights. */
    public record TokenSignIn(BlogUser user, boolean canMakeTokens) {

        public List<GrantedAuthority> authorities() {
            List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.add(new SimpleGrantedAuthority(SIGNED_IN_BY_TOKEN));
            if (canMakeTokens) {
                authorities.add(new SimpleGrantedAuthority(MAY_MAKE_TOKENS));
            }
            return List.copyOf(authorities);
        }
    }

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, AccountRepository accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token that never ends and makes no tokens; see {@link #create(String, Duration, boolean)}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR') and (!hasAuthority('" + SIGNED_IN_BY_TOKEN + "') or hasAuthority('"
            + MAY_MAKE_TOKENS + "'))")
    public NewToken create(String name) {
        return create(name, null, false);
    }

    /**
     * Makes a token for the signed-in writer. Authors and admins, signed in with their password, or with a token
     * made to make tokens.
     *
     * @param lifetime      how long it works from now, or null for as long as it is not revoked
     * @param canMakeTokens whether a request signed in with it may make further tokens
     * @throws InvalidInputException when the name is empty or too long, or the lifetime not between a day and
     *                               {@link #MAX_LIFETIME}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR') and (!hasAuthority('" + SIGNED_IN_BY_TOKEN + "') or hasAuthority('"
            + MAY_MAKE_TOKENS + "'))")
    public NewToken create(String name, @Nullable Duration lifetime, boolean canMakeTokens) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new InvalidInputException("name", "error.token.name", "Name the token after the tool that will use it");
        }
        if (label.length() > NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "error.token.long",
                    "A token's name has at most " + NAME_MAX_LENGTH + " characters", NAME_MAX_LENGTH);
        }
        if (lifetime != null && (lifetime.compareTo(Duration.ofDays(1)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0)) {
            throw new InvalidInputException("expiresInDays", "error.token.lifetime",
                    "A token works for between a day and " + MAX_LIFETIME.toDays() + " days", MAX_LIFETIME.toDays());
        }
        Instant now = clock.instant();
        Instant expiresAt = lifetime == null ? null : now.plus(lifetime);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Long id = jdbc.queryForObject("insert into api_token (account_id, name, token_hash, shown_prefix, created_at,"
                        + " expires_at, can_make_tokens) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
                currentAccountId(), label, hash(token), token.substring(0, PREFIX.length() + 4), Timestamp.from(now),
                expiresAt == null ? null : Timestamp.from(expiresAt), canMakeTokens);
        return new NewToken(id == null ? 0 : id, label, token, expiresAt, canMakeTokens);
    }

    /** The signed-in writer's tokens, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        Instant now = clock.instant();
        return jdbc.query("select id, name, shown_prefix, created_at, last_used_at, revoked_at, expires_at,"
                + " can_make_tokens from api_token where account_id = ? order by created_at desc, id desc",
                (row, i) -> {
                    Instant expiresAt = instant(row.getTimestamp(7));
                    return new TokenView(row.getLong(1), row.getString(2), row.getString(3),
                            row.getTimestamp(4).toInstant(), instant(row.getTimestamp(5)), instant(row.getTimestamp(6)),
                            expiresAt, row.getBoolean(8), expiresAt != null && !expiresAt.isAfter(now));
                }, currentAccountId());
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
     * The writer a token belongs to, when it is a valid token of an existing account: not revoked, not expired;
     * notes its use. Anyone (this is how a request signs in).
     */
    public Optional<TokenSignIn> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        record Owner(long accountId, boolean canMakeTokens) {
        }
        List<Owner> owners = jdbc.query("update api_token set last_used_at = ? where token_hash = ?"
                        + " and revoked_at is null and (expires_at is null or expires_at > ?)"
                        + " returning account_id, can_make_tokens",
                (row, i) -> new Owner(row.getLong(1), row.getBoolean(2)), now, hash(token), now);
        return owners.stream().findFirst().flatMap(owner -> accounts.findById(owner.accountId())
                .map(account -> new TokenSignIn(BlogUser.of(account), owner.canMakeTokens())));
    }

    /** Revokes every token of an account: its password changed, whoever holds a token must ask for a new one. */
    void revokeAll(long accountId) {
        jdbc.update("update api_token set revoked_at = ? where account_id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), accountId);
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

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
