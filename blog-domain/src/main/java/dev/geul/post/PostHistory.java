package dev.geul.post;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.account.CurrentUser;
import dev.geul.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a post: an entry for every save, whatever its kind (autosave, draft save, update, publish,
 * schedule, restore; see {@link PostRevision.Reason}), holding the text it left, and conflicting saves beside
 * them; what changed between any two of them, and going back to one. Going back is a save like any other, so
 * nothing is ever overwritten.
 *
 * <p>Retention: every manual save, conflict and restore is kept for as long as the post; autosaves older than
 * {@code geul.revisions.autosave-retention} (30 days) are thinned out, except each post's newest autosave.
 */
@Service
@Transactional
public class PostHistory {

    private static final Logger log = LoggerFactory.getLogger(PostHistory.class);

    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final SaveHistory saves;
    private final AccountRepository accounts;
    private final Clock clock;
    private final Duration autosaveRetention;

    PostHistory(PostRepository posts, PostRevisionRepository revisions, SaveHistory saves, AccountRepository accounts,
                Clock clock, @Value("${geul.revisions.autosave-retention:30d}") Duration autosaveRetention) {
        this.posts = posts;
        this.revisions = revisions;
        this.saves = saves;
        this.accounts = accounts;
        this.clock = clock;
        this.autosaveRetention = autosaveRetention;
    }

    /** Every save of a post and its conflicting saves, newest first. Who may edit the post. */
    @PreAuthorize("@postPermissions.canEdit(#postId)")
    @Transactional(readOnly = true)
    public List<RevisionView> revisions(long postId) {
        return revisions.findByPostIdOrderBySavedAtDescIdDesc(postId).stream().map(RevisionView::of).toList();
    }

    /**
     * What changed from one text to another, word by word. Who may edit the post.
     *
     * @param fromRevisionId the older side, or null for the post as it is now
     * @param toRevisionId   the newer side, or null for the post as it is now
     * @throws NotFoundException when a revision is not one of this post's
     */
    @PreAuthorize("@postPermissions.canEdit(#postId)")
    @Transactional(readOnly = true)
    public RevisionDiff diff(long postId, @Nullable Long fromRevisionId, @Nullable Long toRevisionId) {
        Post post = posts.findById(postId).orElseThrow(() -> new NotFoundException("Post " + postId));
        String[] from = side(post, fromRevisionId);
        String[] to = side(post, toRevisionId);
        return new RevisionDiff(fromRevisionId, toRevisionId, TextDiff.between(from[0], to[0]),
                TextDiff.between(from[1], to[1]));
    }

    /**
     * Makes an earlier text the post's text again, as a save of its own in the history. Who may edit.
     *
     * @param expectedVersion the version the caller sees; a post saved since is not touched
     * @throws EditConflictException when the post was saved since the caller loaded it
     */
    @PreAuthorize("@postPermissions.canEdit(#postId)")
    public long restore(long postId, long revisionId, long expectedVersion) {
        Post post = posts.findByIdForUpdate(postId).orElseThrow(() -> new NotFoundException("Post " + postId));
        PostRevision revision = revisionOf(post, revisionId);
        if (post.getVersion() != expectedVersion) {
            throw new EditConflictException(post.getTitle(), post.getVersion(), revision.getId());
        }
        Account by = currentAccount();
        saves.keepTextFromBefore(post, by);
        post.setTitle(revision.getTitle());
        post.setContentHtml(revision.getContentHtml());
        post.setExcerpt(revision.getExcerpt());
        post.setUpdatedAt(clock.instant());
        posts.saveAndFlush(post);
        saves.saved(post, PostRevision.Reason.REVERT, by);
        return post.getVersion();
    }

    /** Thins out old autosaves, never the newest of a post; the rest of the history is kept. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    public int thinOutAutosaves() {
        int deleted = revisions.deleteAutosavesBefore(clock.instant().minus(autosaveRetention));
        if (deleted > 0) {
            log.info("Removed {} autosaves older than {}", deleted, autosaveRetention);
        }
        return deleted;
    }

    /** The title and HTML of one side of a comparison. */
    private String[] side(Post post, @Nullable Long revisionId) {
        if (revisionId == null) {
            return new String[]{post.getTitle(), post.getContentHtml()};
        }
        PostRevision revision = revisionOf(post, revisionId);
        return new String[]{revision.getTitle(), revision.getContentHtml()};
    }

    private PostRevision revisionOf(Post post, long revisionId) {
        return revisions.findById(revisionId).filter(revision -> revision.getPost().getId().equals(post.getId()))
                .orElseThrow(() -> new NotFoundException("Revision " + revisionId + " of post " + post.getId()));
    }

    private @Nullable Account currentAccount() {
        return CurrentUser.accountId().flatMap(accounts::findById).orElse(null);
    }
}
