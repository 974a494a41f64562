package dev.geul.security;

import java.time.Duration;

import dev.geul.account.AccountService;
import dev.geul.account.BlogUser;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class WebSecurityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        fixtures.admin();
        fixtures.author("alice");
    }

    @Test
    void admin_endpoints_refuse_without_credentials_and_for_authors() throws Exception {
        mvc.perform(get("/api/admin/status")).andExpect(status().isUnauthorized())
                .andExpect(content().json("{\"error\":\"Sign in with an admin account\"}"));
        mvc.perform(get("/api/admin/status").with(httpBasic("alice", BlogFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().json("{\"accounts\":2}"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void repeated_wrong_passwords_slow_that_address_with_growing_delays() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(get("/api/admin/status").with(httpBasic("root", "guess-" + i)).with(from("127.0.0.2")))
                    .andExpect(status().isUnauthorized());
        }
        // even the right password waits from there now
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)).with(from("127.0.0.2")))
                .andExpect(status().isUnauthorized());

        clock.advance(Duration.ofSeconds(2));
        mvc.perform(get("/api/admin/status").with(httpBasic("root", "guess-again")).with(from("127.0.0.2")))
                .andExpect(status().isUnauthorized());
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)).with(from("127.0.0.2")))
                .andExpect(status().isUnauthorized()); // the sixth failure doubled the delay to 2 s
        clock.advance(Duration.ofSeconds(2));
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)).with(from("127.0.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    void five_wrong_sign_ins_from_one_address_do_not_keep_the_owner_out_from_another() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(get("/api/admin/status").with(httpBasic("root", "guess-" + i)).with(from("127.0.0.3")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)).with(from("127.0.0.4")))
                .andExpect(status().isOk());
        mvc.perform(post("/login").param("username", "root").param("password", BlogFixtures.PASSWORD)
                        .with(csrf()).with(from("127.0.0.4")))
                .andExpect(authenticated().withUsername("root"));
    }

    @Test
    void another_spelling_of_the_name_counts_against_the_same_account_and_a_foreign_letter_opens_nothing()
            throws Exception {
        String[] spellings = {"ROOT", "Root", " root", "rOOt ", "root"};
        for (String spelling : spellings) {
            mvc.perform(get("/api/admin/status").with(httpBasic(spelling, "guess")).with(from("127.0.0.5")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)).with(from("127.0.0.5")))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/api/admin/status").with(httpBasic("roİt", BlogFixtures.PASSWORD)).with(from("127.0.0.6")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/status").with(httpBasic("ROOT", BlogFixtures.PASSWORD)).with(from("127.0.0.6")))
                .andExpect(status().isOk());
    }

    @Test
    void a_name_under_attack_from_everywhere_is_locked_except_where_its_owner_signed_in_before() throws Exception {
        fixtures.author("hana");
        mvc.perform(get("/api/tokens").with(httpBasic("hana", BlogFixtures.PASSWORD)).with(from("127.0.0.7")))
                .andExpect(status().isOk());
        for (int i = 0; i < LoginThrottle.HARD_LOCK_FAILURES; i++) {
            mvc.perform(get("/api/tokens").with(httpBasic("hana", "guess")).with(from("10.0." + (i / 200)
                    + "." + (i % 200 + 1)))).andExpect(status().isUnauthorized());
        }

        // a place the owner never signed in from is locked out now; home is not
        mvc.perform(get("/api/tokens").with(httpBasic("hana", BlogFixtures.PASSWORD)).with(from("127.0.0.8")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/tokens").with(httpBasic("hana", BlogFixtures.PASSWORD)).with(from("127.0.0.7")))
                .andExpect(status().isOk());
        clock.advance(LoginThrottle.HARD_LOCK_WINDOW.plusSeconds(1));
        mvc.perform(get("/api/tokens").with(httpBasic("hana", BlogFixtures.PASSWORD)).with(from("127.0.0.8")))
                .andExpect(status().isOk());
    }

    @Test
    void a_password_reset_ends_the_sessions_that_signed_in_with_the_old_one() throws Exception {
        BlogUser bob = fixtures.author("bob");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "bob")
                        .param("password", BlogFixtures.PASSWORD).with(csrf()).with(from("127.0.0.9")))
                .andExpect(authenticated().withUsername("bob")).andReturn().getRequest().getSession();
        MockHttpSession alices = (MockHttpSession) mvc.perform(post("/login").param("username", "alice")
                        .param("password", BlogFixtures.PASSWORD).with(csrf()).with(from("127.0.0.9")))
                .andExpect(authenticated().withUsername("alice")).andReturn().getRequest().getSession();
        mvc.perform(get("/robots.txt").session(session)).andExpect(authenticated().withUsername("bob"));
        assertThat(session.isInvalid()).isFalse();

        BlogFixtures.as(fixtures.admin(), () -> accounts.resetPassword(bob.accountId(), "a brand new password"));

        mvc.perform(get("/robots.txt").session(session));
        mvc.perform(get("/robots.txt").session(alices));
        assertThat(session.isInvalid()).as("bob's session ended").isTrue();
        assertThat(alices.isInvalid()).as("another account's session goes on").isFalse();
    }

    @Test
    void site_and_api_responses_carry_the_security_headers() throws Exception {
        for (String path : new String[]{"/actuator/health", "/api/admin/status"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")));
        }
    }
}
