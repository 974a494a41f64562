package dev.geul.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.geul.account.AccountRepository;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.post.Post;
import dev.geul.post.PostRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments as a blog moving in or out needs them: stored with the writer, date and status the archive gives
 * ({@link CommentService#add} uses the caller and "now"), and read back whole for an export. Admins only.
 */
@Component
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CommentTransfer {

    private final CommentRepository comments;
    private final PostRepository posts;
    private final AccountRepository accounts;

    CommentTransfer(CommentRepository comments, PostRepository posts, AccountRepository accounts) {
        this.comments = comments;
        this.posts = posts;
        this.accounts = accounts;
    }

    /**
     * A comment of an archive, or of this blog for an export.
     *
     * @param id                this blog's id of it, for an export; null for a comment an archive brings
     * @param parentId          the comment it answers, or null
     * @param body              the plain text its writer typed
     * @param accountId         the writer's account, or null for a guest
     * @param guestPasswordHash the hash of a guest's password, to edit or delete the comment later; may be null
     * @param authorEmail       a guest's e-mail address, kept for exports and never shown; may be null
     * @param authorUrl         a guest's homepage, kept for exports and never shown; may be null
     * @param updatedAt         when its text was last changed, or null
     * @param clientAddress     the address it was sent from, or null
     * @param importKey         what identifies it across imports of the same archive, or null
     */
    public record CommentData(@Nullable Long id, long postId, @Nullable Long parentId, @Nullable Long accountId,
                              String authorName, @Nullable String guestPasswordHash, String body, CommentStatus status,
                              boolean secret, Instant createdAt, @Nullable Instant updatedAt,
                              @Nullable String clientAddress, @Nullable String importKey, @Nullable String authorEmail,
                              @Nullable String authorUrl) {

        /** The id of a comment read from the blog; a comment an archive brings has none until it is stored. */
        public long storedId() {
            return java.util.Objects.requireNonNull(id, "a comment read from the blog has an id");
        }

        /** The same comment under another post and parent, as an import places it. */
        public CommentData placed(long postId, @Nullable Long parentId) {
            return new CommentData(id, postId, parentId, accountId, authorName, guestPasswordHash, body, status,
                    secret, createdAt, updatedAt, clientAddress, importKey, authorEmail, authorUrl);
        }
    }

    /** The ids of the comments among these import keys that are already here, by key, in one query. */
    public Map<String, Long> findByImportKeys(Collection<String> importKeys) {
        Map<String, Long> ids = new HashMap<>();
        if (!importKeys.isEmpty()) {
            comments.findByImportKeyIn(importKeys).forEach(comment -> ids.put(comment.importKey(), comment.id()));
        }
        return ids;
    }

    /** @throws InvalidInputException when the name or the text is missing or too long */
    public long create(CommentData data) {
        Post post = posts.findById(data.postId()).orElseThrow(() -> new NotFoundException("Post " + data.postId()));
        Comment parent = data.parentId() == null ? null : comments.findById(data.parentId())
                .filter(candidate -> candidate.getPost().getId().equals(post.getId())).orElse(null);
        String body = data.body() == null ? "" : data.body().strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("body", "error.comment.empty", "The comment is empty");
        }
        if (body.length() > Comment.BODY_MAX_LENGTH) {
            throw new InvalidInputException("body", "error.comment.long", "The comment is longer than "
                    + Comment.BODY_MAX_LENGTH + " characters", Comment.BODY_MAX_LENGTH);
        }
        String name = data.authorName() == null ? "" : data.authorName().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("authorName", "error.comment.name", "The comment has no writer's name");
        }
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        String address = data.clientAddress() == null || data.clientAddress().isBlank() ? null
                : data.clientAddress().length() > 64 ? data.clientAddress().substring(0, 64) : data.clientAddress();
        Comment comment = new Comment(post, parent,
                data.accountId() == null ? null : accounts.findById(data.accountId()).orElse(null), name,
                data.guestPasswordHash(), body, data.status(), data.secret(), data.createdAt(), address);
        comment.setUpdatedAt(data.updatedAt());
        comment.setImportKey(data.importKey());
        comment.setAuthorContacts(data.authorEmail(), data.authorUrl());
        comments.save(comment);
        return comment.getId();
    }

    /** Every comment on these posts, whatever its status, oldest first, by post: one query for a batch. */
    @Transactional(readOnly = true)
    public Map<Long, List<CommentData>> commentsOf(Collection<Long> postIds) {
        Map<Long, List<CommentData>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        for (Comment comment : comments.findByPostsInOrder(postIds)) {
            byPost.computeIfAbsent(comment.getPost().getId(), id -> new java.util.ArrayList<>()).add(data(comment));
        }
        return byPost;
    }

    private static CommentData data(Comment comment) {
        long postId = comment.getPost().getId();
        return new CommentData(comment.getId(), postId,
                comment.getParent() == null ? null : comment.getParent().getId(),
                comment.getAccount() == null ? null : comment.getAccount().getId(), comment.getAuthorName(),
                comment.getGuestPasswordHash(), comment.getBody(), comment.getStatus(), comment.isSecret(),
                comment.getCreatedAt(), comment.getUpdatedAt(), comment.getClientAddress(), comment.getImportKey(),
                comment.getAuthorEmail(), comment.getAuthorUrl());
    }
}
