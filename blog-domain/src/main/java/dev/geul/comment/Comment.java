package dev.geul.comment;

import java.time.Instant;

import dev.geul.account.Account;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.Length;
import org.jspecify.annotations.Nullable;

/** A comment, stored as the plain text its writer typed; HTML is made from it when shown. */
@Entity
public class Comment {

    public static final int AUTHOR_EMAIL_MAX_LENGTH = 200;
    public static final int AUTHOR_URL_MAX_LENGTH = 500;

    public static final int BODY_MAX_LENGTH = 5000;
    public static final int AUTHOR_NAME_MAX_LENGTH = 50;
    public static final int GUEST_PASSWORD_MIN_LENGTH = 4;
    public static final int GUEST_PASSWORD_MAX_LENGTH = 100;

    @Id
    // taken from the sequence 50 at a time (V2 migration), so that an import stores many comments in one batch
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_id")
    @SequenceGenerator(name = "comment_id", sequenceName = "comment_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Comment parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private @Nullable Account account;

    @NotBlank
    @Size(max = 100)
    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "guest_password_hash")
    private @Nullable String guestPasswordHash;

    @NotBlank
    @Size(max = BODY_MAX_LENGTH)
    @Column(nullable = false, length = Length.LONG32)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentStatus status;

    @Column(nullable = false)
    private boolean secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "client_address", length = 64)
    private @Nullable String clientAddress;

    @Column(name = "import_key", unique = true, length = 500)
    private @Nullable String importKey;

    /** A guest's e-mail address as the blog it came from knew it; never shown to readers. */
    @Column(name = "author_email", length = AUTHOR_EMAIL_MAX_LENGTH)
    private @Nullable String authorEmail;

    /** A guest's homepage as the blog it came from knew it; never shown to readers. */
    @Column(name = "author_url", length = AUTHOR_URL_MAX_LENGTH)
    private @Nullable String authorUrl;

    /** The guest asked to be mailed replies, at {@link #authorEmail}. */
    @Column(name = "notify_replies", nullable = false)
    private boolean notifyReplies;

    /** The key of the one-click link that stops those mails. */
    @Column(name = "reply_notice_token", length = 64, unique = true)
    private @Nullable String replyNoticeToken;

    /** This reply was announced to the guest it answers; it is never announced twice. */
    @Column(name = "reply_notice_sent", nullable = false)
    private boolean replyNoticeSent;

    @Version
    private long version;

    protected Comment() {
    }

    Comment(Post post, @Nullable Comment parent, @Nullable Account account, String authorName,
            @Nullable String guestPasswordHash, String body, CommentStatus status, boolean secret, Instant createdAt,
            @Nullable String clientAddress) {
        this.post = post;
        post.commentWritten();
        this.parent = parent;
        this.account = account;
        this.authorName = authorName;
        this.guestPasswordHash = guestPasswordHash;
        this.body = body;
        this.status = status;
        this.secret = secret;
        this.createdAt = createdAt;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public @Nullable Comment getParent() {
        return parent;
    }

    public @Nullable Account getAccount() {
        return account;
    }

    public String getAuthorName() {
        return authorName;
    }

    @Nullable String getGuestPasswordHash() {
        return guestPasswordHash;
    }

    void setGuestPasswordHash(String guestPasswordHash) {
        this.guestPasswordHash = guestPasswordHash;
    }

    public String getBody() {
        return body;
    }

    void setBody(String body) {
        this.body = body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    void setStatus(CommentStatus status) {
        this.status = status;
    }

    public boolean isSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(@Nullable Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public @Nullable String getClientAddress() {
        return clientAddress;
    }

    public @Nullable String getImportKey() {
        return importKey;
    }

    void setImportKey(@Nullable String importKey) {
        this.importKey = importKey;
    }

    public @Nullable String getAuthorEmail() {
        return authorEmail;
    }

    public @Nullable String getAuthorUrl() {
        return authorUrl;
    }

    public boolean isNotifyReplies() {
        return notifyReplies && authorEmail != null;
    }

    public @Nullable String getReplyNoticeToken() {
        return replyNoticeToken;
    }

    /** The guest wants replies mailed to them; {@code token} keys the link that stops it. */
    void notifyRepliesWith(String token) {
        this.notifyReplies = true;
        this.replyNoticeToken = token;
    }

    /** Marks this reply announced. @return false when it was announced already */
    boolean markReplyNoticeSent() {
        boolean first = !replyNoticeSent;
        replyNoticeSent = true;
        return first;
    }

    void stopReplyNotices() {
        this.notifyReplies = false;
    }

    /** Contacts longer than the columns hold are dropped rather than cut into wrong addresses. */
    void setAuthorContacts(@Nullable String email, @Nullable String url) {
        this.authorEmail = email == null || email.isBlank() || email.length() > AUTHOR_EMAIL_MAX_LENGTH ? null
                : email.strip();
        this.authorUrl = url == null || url.isBlank() || url.length() > AUTHOR_URL_MAX_LENGTH ? null : url.strip();
    }

    public long getVersion() {
        return version;
    }

    public boolean isGuest() {
        return account == null;
    }
}
