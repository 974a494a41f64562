package dev.geul.reader;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.geul.mail.OutboxSender;
import dev.geul.web.RunningBlog;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The blog with a real SMTP server (GreenMail) on a port of its own. The outbox is sent by the test, when it
 * chooses, not by the schedule.
 */
@TestPropertySource(properties = {"geul.mail.interval=PT1H", "geul.mail.from=blog@blog.example.kr",
        "geul.notifications.author-email=author@blog.example.kr"})
abstract class MailingBlog extends RunningBlog {

    static final int SMTP_PORT = freePort();

    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void startSmtp() {
        jdbc.execute("truncate mail_outbox, subscriber, post_mailing, author_notices");
        smtp = startedSmtp();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    List<MimeMessage> receivedBy(String address) {
        smtp.waitForIncomingEmail(2000, 1);
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every text part of a mail, decoded, one after another. */
    static String textOf(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return content instanceof String string ? part.getContentType() + "\n" + string : "";
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
