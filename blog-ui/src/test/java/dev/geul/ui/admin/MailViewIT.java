package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.mail.MailOutbox;
import dev.geul.mail.OutboxSender;
import dev.geul.mail.OutgoingMail;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP server set, mail waits and the studio says why. */
@SpringBootTest
class MailViewIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        jdbc.execute("truncate mail_outbox");
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void without_an_smtp_server_mail_waits_in_the_outbox_and_the_admin_is_told_why() {
        transaction.executeWithoutResult(status -> outbox.queue(new OutgoingMail("reader@example.kr", "제목",
                "본문", "<p>본문</p>", null)));

        assertThat(sender.sendDue()).isZero();
        signInAs(fixtures.admin());
        MailView view = navigate(MailView.class);

        assertThat(view.server.getText()).startsWith("No SMTP server is set");
        assertThat(view.waiting.getText()).isEqualTo("1 mails waiting.");
        assertThat(view.lastError.isVisible()).isFalse();
    }
}
