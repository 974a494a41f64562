package dev.geul.comment;

import dev.geul.post.Post;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who hears of a comment: the post's author of every new one, and a guest who asked for it of an approved reply.
 * A reply can become approved when it is written or later by a moderator, and the guest must hear of it once
 * either way.
 */
@Component
class CommentNotices {

    private final ApplicationEventPublisher events;

    CommentNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Tells who should know of a comment just stored or approved: the post's author, and a guest it answers. */
    void announce(Comment comment) {
        Post post = comment.getPost();
        boolean byPostAuthor = comment.getAccount() != null
                && comment.getAccount().getId().equals(post.getAuthor().getId());
        if (!byPostAuthor) {
            events.publishEvent(new CommentNoticeDue(comment.getId(), post.getKind(), post.getSlug(), post.getTitle(),
                    comment.getAuthorName(), comment.getBody(), comment.getStatus() == CommentStatus.PENDING));
        }
        announceReply(comment);
    }

    /** On its own for a moderator's approval: the post's author heard of the comment when it was written. */
    void announceReply(Comment reply) {
        Comment parent = reply.getParent();
        if (parent == null || reply.getStatus() != CommentStatus.APPROVED || !parent.isNotifyReplies()) {
            return;
        }
        String recipient = parent.getAuthorEmail();
        String stopToken = parent.getReplyNoticeToken();
        // no mail goes out without the link that stops them
        if (recipient == null || stopToken == null
                || recipient.equalsIgnoreCase(String.valueOf(reply.getAuthorEmail()))
                || !reply.markReplyNoticeSent()) {
            return;
        }
        Post post = reply.getPost();
        events.publishEvent(new ReplyNoticeDue(recipient, stopToken,
                parent.getAuthorName(), post.getKind(), post.getSlug(), post.getTitle(), reply.getId(),
                reply.getAuthorName(), reply.isSecret() ? null : reply.getBody()));
    }
}
