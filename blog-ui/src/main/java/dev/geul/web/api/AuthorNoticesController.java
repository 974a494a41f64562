package dev.geul.web.api;

import dev.geul.mail.AuthorNotices;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Whether the author is mailed of new comments and of comments waiting for approval, as the studio switches it. */
@RestController
class AuthorNoticesController {

    private final AuthorNotices notices;

    AuthorNoticesController(AuthorNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/api/admin/notices")
    AuthorNotices.Switches current() {
        return notices.current();
    }

    @PutMapping("/api/admin/notices")
    AuthorNotices.Switches change(@RequestBody AuthorNotices.Switches switches) {
        return notices.change(switches);
    }
}
