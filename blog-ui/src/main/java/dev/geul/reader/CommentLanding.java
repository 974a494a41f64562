package dev.geul.reader;

import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.post.PostKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a reader lands once their comment is saved, changed or deleted: the post's or page's address, with what
 * became of the comment ({@code ?comment=held}, {@code posted}, {@code edited} or {@code deleted}), which the page
 * says as a note, and the place to scroll to (the comment, or the comments when there is none to show). The
 * page's plain form and the comment writer in its frame send readers to the same place; the post page reads it back.
 */
public final class CommentLanding {

    private CommentLanding() {
    }

    /** After a new comment: at it, or at the comments with a note that it waits for approval when it is held. */
    public static String added(PostKind kind, String slug, CommentView comment) {
        return kind.permalink(slug) + (comment.status() == CommentStatus.PENDING ? "?comment=held#comments"
                : "?comment=posted#comment-" + comment.id());
    }

    /** After a guest changed their comment: at it. */
    public static String edited(PostKind kind, String slug, long commentId) {
        return kind.permalink(slug) + "?comment=edited#comment-" + commentId;
    }

    /** After a guest deleted their comment: at the comments. */
    public static String deleted(PostKind kind, String slug) {
        return kind.permalink(slug) + "?comment=deleted#comments";
    }

    /** The message key of the note a landing says, by its {@code comment} parameter; null for none. */
    static @Nullable String noteKey(@Nullable String landing) {
        return switch (landing == null ? "" : landing) {
            case "held" -> "comment.held";
            case "posted" -> "comment.posted";
            case "edited" -> "reader.comment.edited";
            case "deleted" -> "comment.deleted";
            default -> null;
        };
    }
}
