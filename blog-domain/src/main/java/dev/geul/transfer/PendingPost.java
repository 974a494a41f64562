package dev.geul.transfer;

import java.util.List;
import java.util.stream.Stream;

import dev.geul.comment.MentionData;
import dev.geul.post.PostKind;
import dev.geul.post.PostTransfer;
import org.jspecify.annotations.Nullable;

/**
 * A post read from the archive and not yet stored; its comments and mentions come in with it.
 *
 * @param sourceId       the archive's id of the post, for pages' parents
 * @param parentSourceId the archive's id of a page's parent page, or null
 * @param mentions       the pingbacks and trackbacks the archive holds for it (their post id not yet known)
 */
public record PendingPost(String sourceId, PostKind kind, ReportText label, PostTransfer.PostData data,
                   @Nullable String parentSourceId, List<PendingComment> comments, List<MentionData> mentions) {

    /** A post of an archive that holds no mentions. */
    public PendingPost(String sourceId, PostKind kind, ReportText label, PostTransfer.PostData data,
                       @Nullable String parentSourceId, List<PendingComment> comments) {
        this(sourceId, kind, label, data, parentSourceId, comments, List.of());
    }

    String key() {
        return java.util.Objects.requireNonNull(data.importKey(), "every archive keys the posts it brings");
    }

    Stream<String> commentKeys() {
        return comments.stream().map(comment -> comment.data().importKey());
    }
}
