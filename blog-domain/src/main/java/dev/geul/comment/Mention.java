package dev.geul.comment;

import java.time.Instant;

import dev.geul.post.Post;
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
import jakarta.persistence.Table;
import org.hibernate.Length;
import org.jspecify.annotations.Nullable;

/** Another site that linked to a post (a pingback or trackback an imported blog had), shown as a mention. */
@Entity
@Table(name = "mention")
class Mention {

    static final int SOURCE_NAME_MAX_LENGTH = 200;
    static final int SOURCE_URL_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MentionKind kind;

    @Column(name = "source_name", nullable = false, length = SOURCE_NAME_MAX_LENGTH)
    private String sourceName;

    @Column(name = "source_url", length = SOURCE_URL_MAX_LENGTH)
    private @Nullable String sourceUrl;

    @Column(nullable = false, length = Length.LONG32)
    private String excerpt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "import_key", unique = true, length = 500)
    private @Nullable String importKey;

    protected Mention() {
    }

    Mention(Post post, MentionKind kind, String sourceName, @Nullable String sourceUrl, String excerpt,
            Instant createdAt, @Nullable String importKey) {
        this.post = post;
        this.kind = kind;
        this.sourceName = sourceName;
        this.sourceUrl = sourceUrl;
        this.excerpt = excerpt;
        this.createdAt = createdAt;
        this.importKey = importKey;
    }

    Long getId() {
        return id;
    }

    Post getPost() {
        return post;
    }

    MentionKind getKind() {
        return kind;
    }

    String getSourceName() {
        return sourceName;
    }

    @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    String getExcerpt() {
        return excerpt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable String getImportKey() {
        return importKey;
    }
}
