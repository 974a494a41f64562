package dev.geul.transfer.tistory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentTransfer.CommentData;
import dev.geul.transfer.ArchiveElement;
import dev.geul.transfer.CommentText;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.PendingComment;
import dev.geul.transfer.ReportText;
import org.jspecify.annotations.Nullable;

import static dev.geul.transfer.ArchiveNamespace.RSS;

/**
 * The comments of a post in a Tistory XML backup, replies nested in what they answer: secret ones stay secret,
 * Tistory's filtered ones become spam, guests keep their name, homepage, address and password, and the blog owner's
 * own replies become the importing admin's.
 */
final class TtxmlComments {

    private final HtmlSanitizer sanitizer;
    private final Clock clock;
    private final long authorId;

    /** @param authorId the importing admin, who becomes the writer of the blog owner's replies */
    TtxmlComments(HtmlSanitizer sanitizer, Clock clock, long authorId) {
        this.sanitizer = sanitizer;
        this.clock = clock;
        this.authorId = authorId;
    }

    /** The post's comments, replies (nested {@code <comment>}s) after what they answer. */
    List<PendingComment> of(ArchiveElement post, String postKey, ReportText postLabel) {
        List<PendingComment> pending = new ArrayList<>();
        String postAuthor = post.child(RSS, "author").orElse("");
        int n = 0;
        for (ArchiveElement comment : post.all(RSS, "comment").toList()) {
            comment(comment, String.valueOf(++n), null, postKey, postLabel, postAuthor, pending);
        }
        return pending;
    }

    private void comment(ArchiveElement comment, String path, @Nullable String parentPath, String postKey,
                         ReportText postLabel, String postAuthor, List<PendingComment> into) {
        ArchiveElement commenter = comment.first(RSS, "commenter").orElse(null);
        String name = commenter == null ? "" : sanitizer.toPlainText(commenter.raw(RSS, "name")).strip();
        ReportText label = ImportLabels.commentLabel(name, postLabel);
        String body = CommentText.fromHtml(comment.raw(RSS, "content"));
        String commenterId = commenter == null ? "" : commenter.attribute("id");
        // the blog's owner answering on their own blog: their reply is the importing admin's
        Long account = !commenterId.isBlank() && commenterId.equals(postAuthor) ? authorId : null;
        String password = comment.child(RSS, "password").orElse(null);
        CommentStatus status = comment.child(RSS, "isFiltered").filter(value -> !value.equals("0")).isPresent()
                ? CommentStatus.SPAM : CommentStatus.APPROVED;
        Instant written = comment.child(RSS, "written").map(TistoryXmlImporter::epochSeconds)
                .orElse(clock.instant());
        CommentData data = new CommentData(null, 0, null, account, name.isEmpty() ? "Anonymous" : name,
                guestPasswordHash(password), body, status,
                comment.child(RSS, "secret").filter("1"::equals).isPresent(), written, null,
                commenter == null ? null : commenter.child(RSS, "ip").orElse(null),
                TistoryPosts.commentKey(postKey, path), null,
                commenter == null ? null : commenter.child(RSS, "homepage").orElse(null));
        into.add(new PendingComment(path, parentPath, data, label));
        int n = 0;
        for (ArchiveElement reply : comment.all(RSS, "comment").toList()) {
            comment(reply, path + "." + (++n), path, postKey, postLabel, postAuthor, into);
        }
    }

    /**
     * Tistory keeps a guest's comment password as its MD5 in hex; geul's password encoder reads that as
     * {@code {MD5}…}, so the guest can still edit or delete the comment with the password they chose.
     */
    static @Nullable String guestPasswordHash(@Nullable String tistoryHash) {
        if (tistoryHash == null || !tistoryHash.strip().matches("[0-9a-fA-F]{32}")) {
            return null;
        }
        return "{MD5}" + tistoryHash.strip().toLowerCase();
    }
}
