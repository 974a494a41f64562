package dev.geul.web.api;

import dev.geul.comment.UnreadComments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What came in since the caller last looked at the comments (admins: every post; authors: their own), and marking
 * it seen, as opening the studio's comments does.
 */
@RestController
class CommentsUnreadController {

    private final UnreadComments unread;

    CommentsUnreadController(UnreadComments unread) {
        this.unread = unread;
    }

    record UnreadJson(long newComments, long waiting, long total) {
    }

    @GetMapping("/api/comments/unread")
    UnreadJson unread() {
        UnreadComments.Counts counts = unread.counts();
        return new UnreadJson(counts.newComments(), counts.waiting(), counts.total());
    }

    @PostMapping("/api/comments/seen")
    UnreadJson seen() {
        unread.markSeen();
        return unread();
    }
}
