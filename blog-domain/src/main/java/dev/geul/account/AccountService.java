package dev.geul.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.geul.base.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Accounts of the people who write: admins create authors; everyone changes their own password and the profile
 * readers see.
 */
@Service
@Transactional
@Validated
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokens tokens;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, ApiTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Admins only. @throws DuplicateUsernameException when the name (in any case) is taken. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountView create(@Valid NewAccount account) {
        return AccountView.of(createUnchecked(account));
    }

    /** For start-up and imports, which run before anyone can sign in. Not for views. */
    Account createUnchecked(NewAccount account) {
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new DuplicateUsernameException(account.username());
        }
        return accounts.save(new Account(account.username().strip(), account.displayName().strip(),
                Objects.requireNonNull(passwordEncoder.encode(account.password())), account.role(), clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountView> list() {
        return accounts.findAllByOrderByUsername().stream().map(AccountView::of).toList();
    }

    /**
     * The signed-in account's own password; the current one must be given. Every API token of the account is
     * revoked and every session of it ends (this one too: its writer signs in again with the new password).
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(@NotNull String currentPassword,
                                  @NotNull
                                  @Size(min = Account.PASSWORD_MIN_LENGTH, max = Account.PASSWORD_MAX_LENGTH,
                                          message = "{error.account.password}") String newPassword) {
        Account account = accounts.findById(CurrentUser.accountId().orElseThrow())
                .orElseThrow(() -> new NotFoundException("Account"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccessDeniedException("The current password is not correct");
        }
        account.setPasswordHash(Objects.requireNonNull(passwordEncoder.encode(newPassword)));
        tokens.revokeAll(account.getId());
    }

    /**
     * Admins reset anyone's password. Every API token of the account is revoked and every session of it ends: who
     * got in with the old password is out.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long accountId,
                              @NotNull
                              @Size(min = Account.PASSWORD_MIN_LENGTH, max = Account.PASSWORD_MAX_LENGTH,
                                      message = "{error.account.password}") String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        account.setPasswordHash(Objects.requireNonNull(passwordEncoder.encode(newPassword)));
        tokens.revokeAll(accountId);
    }

    /**
     * Whether a sign-in still holds: its account exists with the password and role it signed in with. A session
     * that signed in before a password change or reset (or before a change of role) does not. Anyone (the web
     * layer asks on each request of a session).
     */
    @Transactional(readOnly = true)
    public boolean isStillValid(BlogUser signedIn) {
        return accounts.findById(signedIn.accountId())
                .filter(account -> account.getRole() == signedIn.role())
                .filter(account -> java.security.MessageDigest.isEqual(
                        account.getPasswordHash().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        String.valueOf(signedIn.passwordHash()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isPresent();
    }

    /** What readers see of a writer; anyone may ask. */
    @Transactional(readOnly = true)
    public Optional<AuthorProfile> publicProfile(long accountId) {
        return accounts.findById(accountId).map(AuthorProfile::of);
    }

    /**
     * Changes the name, picture and bio readers see of an account: its owner, or an admin. Posts and comments
     * signed by it show the new name from then on.
     *
     * @throws jakarta.validation.ConstraintViolationException when the name is blank, a text too long, or the
     *                                                         picture not one of the blog's media
     */
    @PreAuthorize("hasRole('ADMIN') or T(dev.geul.account.CurrentUser).is(#accountId)")
    public AuthorProfile changeProfile(long accountId, @Valid ProfileChange change) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        account.changeProfile(change.displayName(), change.avatarPath(), change.bio());
        return AuthorProfile.of(account);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountView::of);
    }
}
