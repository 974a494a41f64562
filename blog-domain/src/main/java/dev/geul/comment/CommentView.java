package dev.geul.comment;

import java.time.Instant;

import dev.geul.post.PostKind;
import org.jspecify.annotations.Nullable;

/** One stored comment with what moderators need to know about it, and the post (or page) it is on. */
/**
 * @param parentId      the comment this one answers, or null
 * @param clientAddress the address it was sent from, or null when that is not known (an import, say)
 */
public record CommentView(long id, long postId, String postSlug, PostKind postKind, String postTitle,
                          @Nullable Long parentId, String authorName, String body, String bodyHtml, Instant createdAt,
                          CommentStatus status, boolean secret, boolean guest, @Nullable String clientAddress) {

    /** Where readers read the post the comment is on. */
    public String postPermalink() {
        return postKind.permalink(postSlug);
    }
}
