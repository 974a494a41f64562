package dev.geul.transfer;

import java.util.List;
import java.util.stream.Stream;

import dev.geul.post.PostKind;
import dev.geul.post.PostTransfer;

/**
 * A post read from the archive and not yet stored; its comments come in with it.
 *
 * @param sourceId       the archive's id of the post, for pages' parents
 * @param parentSourceId the archive's id of a page's parent page, or null
 */
public record PendingPost(String sourceId, PostKind kind, ReportText label, PostTransfer.PostData data,
                   String parentSourceId, List<PendingComment> comments) {

    String key() {
        return data.importKey();
    }

    Stream<String> commentKeys() {
        return comments.stream().map(comment -> comment.data().importKey());
    }
}
