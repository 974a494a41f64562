package dev.geul.security;

import java.time.Duration;

import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
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

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(get("/api/admin/status").with(httpBasic("root", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        // even the right password is refused now
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());

        clock.advance(LoginThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        mvc.perform(get("/api/admin/status").with(httpBasic("root", BlogFixtures.PASSWORD)))
                .andExpect(status().isOk());
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
