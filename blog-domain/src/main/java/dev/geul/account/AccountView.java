package dev.geul.account;

import java.time.Instant;

public record AccountView(long id, String username, String displayName, Role role, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getCreatedAt());
    }
}
