package dev.geul.account;

import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A writer's API tokens: shown once, stored as a hash, refused once revoked, each use noted. */
@SpringBootTest
class ApiTokensIT {

    @Autowired
    ApiTokens tokens;
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

        assertThat(tokens.authenticate(made.token())).map(BlogUser::accountId).hasValue(alice.accountId());
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
}
