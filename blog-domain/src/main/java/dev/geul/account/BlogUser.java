package dev.geul.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security and the services see it. */
public record BlogUser(long accountId, String username, String displayName, Role role, String passwordHash)
        implements UserDetails, Serializable {

    public static BlogUser of(Account account) {
        return new BlogUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getPasswordHash());
    }

    /** The same account under the name it now shows readers. */
    public BlogUser withDisplayName(String newDisplayName) {
        return new BlogUser(accountId, username, newDisplayName, role, passwordHash);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "BlogUser[" + username + ", " + role + "]";
    }
}
