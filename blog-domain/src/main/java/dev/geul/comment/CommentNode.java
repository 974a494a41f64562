package dev.geul.comment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A comment with its replies, as a reader sees it.
 *
 * @param parentId   the comment this one answers, or null for one at the top level
 * @param bodyHtml   the text made safe: escaped, line breaks kept, links clickable
 * @param updatedAt  when its text was last changed, or null when it never was
 * @param hidden     a secret comment the reader may not read: shown as a placeholder so its replies keep their place
 * @param byPostAuthor written by the post's author
 * @param mine       written by the reader (their account, or a guest comment they wrote in this session)
 */
public record CommentNode(long id, @Nullable Long parentId, String authorName, String bodyHtml, Instant createdAt,
                          @Nullable Instant updatedAt, CommentStatus status, boolean secret, boolean hidden,
                          boolean guest, boolean byPostAuthor, boolean mine, List<CommentNode> replies) {

    /** All comments of the tree, depth first. */
    public static List<CommentNode> flatten(List<CommentNode> roots) {
        var all = new java.util.ArrayList<CommentNode>();
        for (CommentNode root : roots) {
            all.add(root);
            all.addAll(flatten(root.replies()));
        }
        return all;
    }
}
