package dev.geul.post;

import java.time.Instant;

import dev.geul.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.Length;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a post's history: the text a save left (or, for older entries, the text a save replaced), with the
 * kind of save it was. Nothing an author saved is thrown away.
 */
@Entity
@jakarta.persistence.Table(name = "post_revision")
public class PostRevision {

    public enum Reason {
        /** The text the post had before its history began (imported, or saved before every save was kept). */
        EDIT,
        /** Saved automatically while the author typed: a draft's text, or a published post's unpublished text. */
        AUTOSAVE,
        /** A save made on an older version than the stored one: kept beside the winner, never dropped. */
        CONFLICT,
        /** The text a restore replaced, from before every save was kept. */
        RESTORE,
        /** "Save draft": the text of a draft as the author saved it. */
        DRAFT,
        /** "Update": the text of a published or scheduled post as readers get it from then on. */
        UPDATE,
        /** Published: the text readers get from then on (maybe the same as the save before). */
        PUBLISH,
        /** Scheduled: the text readers will get at the chosen time. */
        SCHEDULE,
        /** An earlier text made the post's text again. */
        REVERT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(nullable = false, length = Post.TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "content_html", nullable = false, length = Length.LONG32)
    private String contentHtml;

    @Column(length = Post.EXCERPT_MAX_LENGTH)
    private @Nullable String excerpt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "saved_by_id")
    private @Nullable Account savedBy;

    @Column(name = "based_on_version")
    private @Nullable Long basedOnVersion;

    protected PostRevision() {
    }

    PostRevision(Post post, Reason reason, String title, String contentHtml, @Nullable String excerpt,
                 Instant savedAt, @Nullable Account savedBy, @Nullable Long basedOnVersion) {
        this.post = post;
        this.reason = reason;
        this.title = title;
        this.contentHtml = contentHtml;
        this.excerpt = excerpt;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.basedOnVersion = basedOnVersion;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Reason getReason() {
        return reason;
    }

    public String getTitle() {
        return title;
    }

    public String getContentHtml() {
        return contentHtml;
    }

    public @Nullable String getExcerpt() {
        return excerpt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable Account getSavedBy() {
        return savedBy;
    }

    public @Nullable Long getBasedOnVersion() {
        return basedOnVersion;
    }
}
