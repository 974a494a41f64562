package dev.geul.web.api;

import dev.geul.mail.MailOutbox;
import dev.geul.mail.MailStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the outbox stands, for monitoring: whether SMTP is set, how many mails wait, the last error. Admins. */
@RestController
@RequestMapping("/api/admin")
class AdminMailController {

    private final MailOutbox outbox;

    AdminMailController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/mail")
    MailStatus mail() {
        return outbox.status();
    }
}
