package dev.geul.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.account.BlogUser;
import dev.geul.account.Role;
import dev.geul.base.BlogProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Accounts and a clean database for integration tests, on the real PostgreSQL the test runs against. */
@Component
public class BlogFixtures {

    public static final String PASSWORD = "correct horse battery";

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Path mediaDir;

    BlogFixtures(JdbcTemplate jdbc, AccountRepository accounts, PasswordEncoder passwordEncoder,
                 BlogProperties blog) {
        this.jdbc = jdbc;
        this.mediaDir = blog.mediaDir();
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Empties every table the blog writes to, and signs whoever was signed in out. */
    public void resetDatabase() {
        signOut();
        // ids go on counting: posts and comments take theirs in blocks the running application keeps handing out
        truncateEverything();
        deleteMedia();
    }

    /**
     * Empties the blog's tables. A job of a context the test framework keeps alive (a scheduled post going live, a
     * revision clean-up) may be reading posts and their tags meanwhile; when PostgreSQL resolves the lock cycle by
     * refusing the truncate, it is tried again once that job is done.
     */
    private void truncateEverything() {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute("truncate comment, post_revision, post_tag, post, tag, category, account, blog_appearance cascade");
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The stored media go with the posts that showed them, so that an import counts its files afresh. */
    private void deleteMedia() {
        jdbc.update("delete from media_image_size"); // the sizes of the files deleted here
        if (!Files.isDirectory(mediaDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(mediaDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BlogUser account(String username, Role role) {
        Account account = accounts.findByUsername(username).orElseGet(() -> accounts.save(new Account(username,
                displayName(username), encodedPassword(), role, Instant.parse("2024-01-01T00:00:00Z"))));
        return BlogUser.of(account);
    }

    private String encodedPassword;

    /** Hashing is slow on purpose; tests that create many accounts share one hash. */
    private synchronized String encodedPassword() {
        if (encodedPassword == null) {
            encodedPassword = passwordEncoder.encode(PASSWORD);
        }
        return encodedPassword;
    }

    public BlogUser admin() {
        return account("root", Role.ADMIN);
    }

    public BlogUser author(String username) {
        return account(username, Role.AUTHOR);
    }

    public static void signInAs(BlogUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code action} signed in as {@code user}, then returns to whoever was signed in before. */
    public static <T> T as(BlogUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signInAs(user);
        try {
            return action.get();
        } finally {
            restore(previous);
        }
    }

    private static void restore(org.springframework.security.core.Authentication previous) {
        if (previous == null) {
            signOut();
        } else {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(BlogUser user, Runnable action) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    /** Runs {@code action} as a guest reader, who is anonymous as on the web. */
    public static <T> T asGuest(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("guest", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            return action.get();
        } finally {
            restore(previous);
        }
    }

    private static String displayName(String username) {
        return Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }
}
