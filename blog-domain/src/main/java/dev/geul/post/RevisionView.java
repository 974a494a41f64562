package dev.geul.post;

import java.time.Instant;

public record RevisionView(long id, PostRevision.Reason reason, String title, String contentHtml, Instant savedAt,
                           String savedBy, Long basedOnVersion) {

    static RevisionView of(PostRevision revision) {
        return new RevisionView(revision.getId(), revision.getReason(), revision.getTitle(), revision.getContentHtml(),
                revision.getSavedAt(), revision.getSavedBy() == null ? null : revision.getSavedBy().getDisplayName(),
                revision.getBasedOnVersion());
    }
}
