package dev.geul.comment;

import java.util.EnumMap;
import java.util.Objects;

import dev.geul.account.CurrentUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.RateLimitedException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Moderating comments: the post's author and admins approve, hold, mark as spam and answer them, and see how many
 * wait. An author sees only the comments on their own posts, an admin all. Writing and deleting comments is
 * {@link CommentService}'s, reading threads {@link CommentThreads}'.
 */
@Service
@Transactional
@Validated
public class CommentModeration {

    private final CommentRepository comments;
    private final CommentService writer;
    private final StoredComments stored;
    private final CommentNotices notices;

    CommentModeration(CommentRepository comments, CommentService writer, StoredComments stored,
                      CommentNotices notices) {
        this.comments = comments;
        this.writer = writer;
        this.stored = stored;
        this.notices = notices;
    }

    /**
     * Approves, holds or marks as spam: the post's author and admins.
     *
     * @throws AccessDeniedException when the caller is neither the post's author nor an admin
     * @throws NotFoundException     for an unknown comment
     */
    @PreAuthorize("@commentPermissions.canModerate(#commentId)")
    public CommentView moderate(long commentId, CommentStatus status) {
        Comment comment = stored.load(commentId);
        boolean approvedNow = comment.getStatus() != CommentStatus.APPROVED && status == CommentStatus.APPROVED;
        comment.setStatus(Objects.requireNonNull(status));
        if (approvedNow) {
            notices.announceReply(comment);
        }
        return stored.view(comment);
    }

    /**
     * The post's author or an admin answers a comment. Answering one that waits approves it (the answer shows it
     * anyway), in the same transaction: an answer that is refused leaves the comment as it was.
     *
     * @throws InvalidInputException when the answer is empty or too long
     * @throws AccessDeniedException when the caller is neither the post's author nor an admin
     * @throws NotFoundException     for an unknown comment
     * @throws RateLimitedException  as {@link CommentService#add} does
     */
    @PreAuthorize("@commentPermissions.canModerate(#commentId)")
    public CommentView answer(long commentId, @Valid NewComment answer, @Nullable String clientAddress) {
        Comment comment = stored.load(commentId);
        if (comment.getStatus() == CommentStatus.PENDING) {
            comment.setStatus(CommentStatus.APPROVED);
        }
        // the writer joins this transaction, so that its refusal also undoes the approval above
        return writer.add(comment.getPost().getId(), answer.replyTo(commentId), null, clientAddress);
    }

    /**
     * How many comments on the caller's posts (admins: all) are in each moderation state, one count per state.
     * Authors and admins.
     *
     * @throws AccessDeniedException for anyone else
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    @Transactional(readOnly = true)
    public ModerationCounts moderationCounts() {
        Long ownPostsOnly = CurrentUser.isAdmin() ? null : CurrentUser.accountId().orElseThrow();
        EnumMap<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, comments.countForModeration(status, ownPostsOnly));
        }
        return new ModerationCounts(counts);
    }

    /**
     * The moderation queue: comments on the caller's posts (admins: all) with this status, newest first. Authors
     * and admins.
     *
     * @throws AccessDeniedException for anyone else
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    @Transactional(readOnly = true)
    public Page<CommentView> moderationQueue(CommentStatus status, Pageable pageable) {
        Long ownPostsOnly = CurrentUser.isAdmin() ? null : CurrentUser.accountId().orElseThrow();
        return comments.findForModeration(status, ownPostsOnly, pageable).map(stored::view);
    }
}
