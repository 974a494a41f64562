package dev.geul.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * @param savedBy        the display name of who saved it, or null when that account is gone
 * @param basedOnVersion the version of the post the save was made on, or null for entries that do not say
 */
public record RevisionView(long id, PostRevision.Reason reason, String title, String contentHtml, Instant savedAt,
                           @Nullable String savedBy, @Nullable Long basedOnVersion) {

    static RevisionView of(PostRevision revision) {
        return new RevisionView(revision.getId(), revision.getReason(), revision.getTitle(), revision.getContentHtml(),
                revision.getSavedAt(), revision.getSavedBy() == null ? null : revision.getSavedBy().getDisplayName(),
                revision.getBasedOnVersion());
    }
}
