package dev.geul.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling a service: a signed-in account, or a guest (empty). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<BlogUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof BlogUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static boolean isAdmin() {
        return get().map(BlogUser::isAdmin).orElse(false);
    }

    /** Whether the caller is signed in as this account. */
    public static boolean is(long accountId) {
        return accountId().map(id -> id == accountId).orElse(false);
    }

    public static Optional<Long> accountId() {
        return get().map(BlogUser::accountId);
    }
}
