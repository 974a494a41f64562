package dev.geul.post;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import dev.geul.account.Account;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the entry each save leaves in a post's history, whatever kind of save it is; the services that save
 * call it after the post is stored. Reading and thinning the history is {@link PostHistory}'s.
 */
@Component
class SaveHistory {

    /** Entries that hold the text a save left; older entries hold the text a save replaced. */
    private static final Set<PostRevision.Reason> SAVES = EnumSet.of(PostRevision.Reason.AUTOSAVE,
            PostRevision.Reason.DRAFT, PostRevision.Reason.UPDATE, PostRevision.Reason.PUBLISH,
            PostRevision.Reason.SCHEDULE, PostRevision.Reason.REVERT);

    private final PostRevisionRepository revisions;
    private final Clock clock;

    SaveHistory(PostRevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Called before a save changes the post: a post whose history has no save yet (imported, or last saved before
     * every save was kept) keeps the text it has, so the save cannot take it away.
     */
    void keepTextFromBefore(Post post, @Nullable Account by) {
        if (post.getId() != null && !revisions.existsByPostIdAndReasonIn(post.getId(), SAVES)) {
            revisions.save(new PostRevision(post, PostRevision.Reason.EDIT, post.getTitle(), post.getContentHtml(),
                    post.getExcerpt(), clock.instant(), by, post.getVersion()));
        }
    }

    /** The post's text as the save just stored it; {@code post} has been flushed. */
    void saved(Post post, PostRevision.Reason kind, @Nullable Account by) {
        revisions.save(new PostRevision(post, kind, post.getTitle(), post.getContentHtml(), post.getExcerpt(),
                clock.instant(), by, post.getVersion()));
    }

    /** Text typed into a published post and saved beside it, which readers do not get until it is published. */
    void autosavedBeside(Post post, String title, String contentHtml, @Nullable String excerpt, Account by,
                         long basedOn) {
        revisions.save(new PostRevision(post, PostRevision.Reason.AUTOSAVE, title, contentHtml, excerpt,
                clock.instant(), by, basedOn));
    }
}
