package dev.geul.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as a blog moving in or out needs them: the writers named in an import become authors. Admins only.
 */
@Component
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountTransfer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountTransfer(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * The account with this login, or a new author with a random password nobody knows (an admin sets a real one
     * before they sign in). A login geul does not accept is turned into one it does.
     *
     * @return the account's id, and whether it was created now
     */
    public Found findOrCreateAuthor(String login, String displayName) {
        String username = usernameFor(login);
        Optional<Account> existing = accounts.findByUsername(username);
        if (existing.isPresent()) {
            return new Found(existing.get().getId(), false);
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > Account.DISPLAY_NAME_MAX_LENGTH) {
            name = name.substring(0, Account.DISPLAY_NAME_MAX_LENGTH);
        }
        String unusable = Objects.requireNonNull(passwordEncoder.encode(randomSecret()));
        long id = accounts.save(new Account(username, name, unusable, Role.AUTHOR,
                clock.instant())).getId();
        return new Found(id, true);
    }

    public record Found(long id, boolean created) {
    }

    /** Every account, for exports. */
    @Transactional(readOnly = true)
    public List<AccountView> all() {
        return accounts.findAllByOrderByUsername().stream().map(AccountView::of).toList();
    }

    static String usernameFor(String login) {
        String cleaned = login == null ? "" : login.strip()
                .replaceAll("[^a-zA-Z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "author";
        }
        return cleaned.length() > Account.USERNAME_MAX_LENGTH ? cleaned.substring(0, Account.USERNAME_MAX_LENGTH)
                : cleaned;
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
