package dev.geul.comment;

import java.time.Instant;

import dev.geul.post.PostKind;

/** One stored comment with what moderators need to know about it, and the post (or page) it is on. */
public record CommentView(long id, long postId, String postSlug, PostKind postKind, String postTitle, Long parentId,
                          String authorName, String body, String bodyHtml, Instant createdAt, CommentStatus status,
                          boolean secret, boolean guest, String clientAddress) {

    /** Where readers read the post the comment is on. */
    public String postPermalink() {
        return postKind.permalink(postSlug);
    }
}
