package dev.geul.account;

import java.time.Duration;

import dev.geul.base.InvalidInputException;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A writer's API tokens: shown once, stored as a hash, refused once revoked or expired, each use noted; a token
 * makes tokens only when made for it, and a password change ends them all.
 */
@SpringBootTest
class ApiTokensIT {

    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountService accounts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        jdbc.update("delete from api_token");
        alice = fixtures.author("alice");
    }

    @Test
    void a_token_signs_in_as_its_writer_until_it_is_revoked_and_is_never_stored_in_clear() {
        ApiTokens.NewToken made = as(alice, () -> tokens.create("노트북 편집기"));

        assertThat(made.token()).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
        assertThat(jdbc.queryForList("select token_hash from api_token", String.class))
                .singleElement().isNotEqualTo(made.token()).isEqualTo(ApiTokens.hash(made.token()));
        assertThat(jdbc.queryForObject("select count(*) from api_token where name like '%' || ? || '%'"
                + " or shown_prefix = ?", Long.class, made.token(), made.token())).isZero();

        assertThat(tokens.authenticate(made.token())).map(signIn -> signIn.user().accountId()).hasValue(alice.accountId());
        assertThat(as(alice, () -> tokens.mine())).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("노트북 편집기");
            assertThat(token.lastUsedAt()).isEqualTo(clock.instant());
            assertThat(token.active()).isTrue();
        });

        as(alice, () -> tokens.revoke(made.id()));

        assertThat(tokens.authenticate(made.token())).isEmpty();
        assertThat(tokens.authenticate(made.token() + "x")).isEmpty();
    }

    @Test
    void a_writer_revokes_only_their_own_tokens_and_guests_make_none() {
        ApiTokens.NewToken alices = as(alice, () -> tokens.create("스크립트"));
        BlogUser bob = fixtures.author("bob");

        assertThatThrownBy(() -> as(bob, () -> tokens.revoke(alices.id())))
                .isInstanceOf(dev.geul.base.NotFoundException.class);
        assertThat(tokens.authenticate(alices.token())).isPresent();
        assertThatThrownBy(() -> asGuest(() -> tokens.create("x"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(as(bob, () -> tokens.mine())).isEmpty();
    }

    private static <T> T withToken(ApiTokens.TokenSignIn signIn, java.util.function.Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signIn.user(), null,
                signIn.authorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void a_token_with_an_end_stops_working_when_it_comes_and_the_list_says_so() {
        ApiTokens.NewToken made = as(alice, () -> tokens.create("한 달", Duration.ofDays(30), false));

        assertThat(made.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
        clock.advance(Duration.ofDays(29));
        assertThat(tokens.authenticate(made.token())).isPresent();
        clock.advance(Duration.ofDays(1));

        assertThat(tokens.authenticate(made.token())).isEmpty();
        assertThat(as(alice, () -> tokens.mine())).singleElement().satisfies(token -> {
            assertThat(token.expired()).isTrue();
            assertThat(token.active()).isFalse();
            assertThat(token.expiresAt()).isEqualTo(made.expiresAt());
        });
        assertThatThrownBy(() -> as(alice, () -> tokens.create("영원", Duration.ofDays(-1), false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.key()).isEqualTo("error.token.lifetime"));
    }

    @Test
    void a_token_makes_further_tokens_only_when_it_was_made_for_it() {
        ApiTokens.TokenSignIn plain = tokens.authenticate(as(alice, () -> tokens.create("편집기")).token())
                .orElseThrow();
        ApiTokens.TokenSignIn maker = tokens.authenticate(as(alice, () -> tokens.create("배포 스크립트", null, true))
                .token()).orElseThrow();

        assertThatThrownBy(() -> withToken(plain, () -> tokens.create("몰래 만든 토큰", null, false)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> withToken(plain, () -> tokens.create("몰래 만든 토큰")))
                .isInstanceOf(AuthorizationDeniedException.class);
        ApiTokens.NewToken child = withToken(maker, () -> tokens.create("새 토큰", Duration.ofDays(7), false));

        assertThat(tokens.authenticate(child.token())).isPresent();
        assertThat(as(alice, () -> tokens.mine())).hasSize(3)
                .filteredOn(ApiTokens.TokenView::canMakeTokens).singleElement()
                .extracting(ApiTokens.TokenView::name).isEqualTo("배포 스크립트");
    }

    @Test
    void changing_or_resetting_a_password_ends_every_token_and_sign_in_of_the_account() {
        ApiTokens.NewToken first = as(alice, () -> tokens.create("편집기"));
        ApiTokens.NewToken second = as(alice, () -> tokens.create("스크립트", Duration.ofDays(90), true));
        BlogUser bob = fixtures.author("bob");
        ApiTokens.NewToken bobs = as(bob, () -> tokens.create("밥의 편집기"));
        assertThat(accounts.isStillValid(alice)).isTrue();

        as(alice, () -> accounts.changeOwnPassword(BlogFixtures.PASSWORD, "a new password"));

        assertThat(tokens.authenticate(first.token())).isEmpty();
        assertThat(tokens.authenticate(second.token())).isEmpty();
        assertThat(tokens.authenticate(bobs.token())).as("other accounts keep theirs").isPresent();
        assertThat(accounts.isStillValid(alice)).as("the session signed in with the old password").isFalse();
        assertThat(accounts.isStillValid(bob)).isTrue();

        as(fixtures.admin(), () -> accounts.resetPassword(bob.accountId(), "reset by admin"));

        assertThat(tokens.authenticate(bobs.token())).isEmpty();
        assertThat(accounts.isStillValid(bob)).isFalse();
    }
}
