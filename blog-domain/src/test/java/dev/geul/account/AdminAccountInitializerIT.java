package dev.geul.account;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start's generated admin password is shown once, on the console, and never written again. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountInitializerIT {

    @Autowired
    AccountRepository accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    BlogFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
    }

    @Test
    void the_generated_password_is_shown_once_on_the_console_and_never_in_the_log(CapturedOutput everything) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        AdminAccountInitializer firstStart = new AdminAccountInitializer(accounts, accountService, "",
                new PrintStream(console, true, StandardCharsets.UTF_8));

        firstStart.run(null);
        firstStart.run(null);

        String shown = console.toString(StandardCharsets.UTF_8);
        Matcher password = Pattern.compile("password {2}(\\S+)").matcher(shown);
        assertThat(password.find()).isTrue();
        assertThat(passwordEncoder.matches(password.group(1), accounts.findByUsername("admin").orElseThrow()
                .getPasswordHash())).isTrue();
        assertThat(shown.split(Pattern.quote(password.group(1)), -1)).as("shown exactly once").hasSize(2);
        assertThat(everything.getAll()).as("the log").doesNotContain(password.group(1))
                .contains("generated password was shown once on the console");
        assertThat(new NewAccount("admin", "Admin", password.group(1), Role.ADMIN).toString())
                .doesNotContain(password.group(1));
    }
}
