package dev.geul.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.geul.account.Account;
import dev.geul.account.AccountRepository;
import dev.geul.account.CurrentUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.RateLimitedException;
import dev.geul.base.html.HtmlSanitizer;
import dev.geul.post.Post;
import dev.geul.post.PostDetail;
import dev.geul.post.PostReader;
import dev.geul.post.PostRepository;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Writing comments. Anyone who can read a post may comment on it; guests give a name and a password to edit or
 * delete their comment later. Moderating comments is {@link CommentModeration}'s, reading their threads
 * {@link CommentThreads}'.
 */
@Service
@Transactional
@Validated
@EnableConfigurationProperties(CommentPolicy.class)
public class CommentService {

    /** The refusal of a reader who comments too often, the seconds to wait as {@code {0}}. */
    public static final String RATE_LIMITED_KEY = "reader.comment.ratelimited";
    /** The same text from the same name on the same post within this time is a double submit. */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final CommentRepository comments;
    private final PostRepository posts;
    private final PostReader postService;
    private final AccountRepository accounts;
    private final CommentFormatter formatter;
    private final CommentPolicy policy;
    private final CommentRateLimiter rateLimiter;
    private final HtmlSanitizer sanitizer;
    private final GuestPasswords guestPasswords;
    private final StoredComments stored;
    private final CommentChanges changes;
    private final CommentNotices notices;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentService(CommentRepository comments, PostRepository posts, PostReader postService,
                   AccountRepository accounts, CommentFormatter formatter, CommentPolicy policy,
                   CommentRateLimiter rateLimiter, HtmlSanitizer sanitizer, GuestPasswords guestPasswords,
                   StoredComments stored, CommentChanges changes, CommentNotices notices, Clock clock,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.comments = comments;
        this.posts = posts;
        this.postService = postService;
        this.accounts = accounts;
        this.formatter = formatter;
        this.policy = policy;
        this.rateLimiter = rateLimiter;
        this.sanitizer = sanitizer;
        this.guestPasswords = guestPasswords;
        this.stored = stored;
        this.changes = changes;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Adds a comment, or a reply when {@code parentId} is set. Anyone who may read the post (and has unlocked
     * it, when it is password-protected: {@code postPassword}, checked by {@link PostReader#unlock(long, String,
     * String)}).
     *
     * @return the stored comment; its status says whether it waits for approval
     * @throws InvalidInputException for a missing name or password, an unknown parent, a double submit
     * @throws RateLimitedException when a guest's address or the post had too many comments lately, or the
     *                              client tried too many of the post's passwords
     * @throws NotFoundException    for an unknown post, or one the caller may not read
     * @throws AccessDeniedException when the post is password-protected and not unlocked
     */
    public CommentView add(long postId, @Valid NewComment input, @Nullable String postPassword,
                           @Nullable String clientAddress) {
        PostDetail readable = postService.unlock(postId, postPassword, clientAddress)
                .orElseThrow(() -> new NotFoundException("Post " + postId));
        if (readable.locked()) {
            throw new AccessDeniedException("Enter the post's password to comment on it");
        }
        if (!readable.commentsOpen()) {
            throw new InvalidInputException("body", "error.comment.closed", "Comments are closed on this post");
        }
        Post post = posts.getReferenceById(postId);
        Comment parent = null;
        if (input.parentId() != null) {
            parent = comments.findById(input.parentId())
                    .filter(candidate -> candidate.getPost().getId().equals(postId))
                    .orElseThrow(() -> new InvalidInputException("parentId", "error.comment.parent",
                            "The comment you reply to no longer exists"));
        }
        String body = normalizeBody(input.body());
        Account account = CurrentUser.accountId().flatMap(accounts::findById).orElse(null);
        String authorName;
        String passwordHash = null;
        if (account != null) {
            authorName = account.getDisplayName();
        } else {
            authorName = sanitizer.toPlainText(input.authorName()).strip();
            if (authorName.isEmpty()) {
                throw new InvalidInputException("authorName", "error.comment.name", "Give a name to comment as a guest");
            }
            if (input.password() == null || input.password().length() < Comment.GUEST_PASSWORD_MIN_LENGTH) {
                throw new InvalidInputException("password", "error.comment.password", "Choose a password of at least "
                        + Comment.GUEST_PASSWORD_MIN_LENGTH + " characters to edit or delete your comment later",
                        Comment.GUEST_PASSWORD_MIN_LENGTH);
            }
            rateLimiter.tryAcquire(clientAddress, postId).ifPresent(wait -> {
                throw new RateLimitedException(RATE_LIMITED_KEY, "Too many comments; try again in "
                        + RateLimitedException.secondsOf(wait) + " seconds.", wait);
            });
            passwordHash = guestPasswords.hash(input.password());
        }
        Instant now = clock.instant();
        comments.lockWriterOnPost(((long) postId << 32) ^ (authorName.hashCode() & 0xffffffffL));
        if (comments.existsRecentDuplicate(postId, authorName, body, now.minus(DUPLICATE_WINDOW))) {
            throw new InvalidInputException("body", "error.comment.duplicate", "You already posted this comment");
        }
        CommentStatus status = account != null ? CommentStatus.APPROVED
                : guestStatus(authorName, input.password(), body, -1);
        Comment created = new Comment(post, parent, account, authorName, passwordHash, body, status,
                input.secret(), now, clientAddress);
        if (account == null) {
            created.setAuthorContacts(input.email(), null);
            if (input.notifyReplies() && created.getAuthorEmail() != null) {
                created.notifyRepliesWith(randomToken());
            }
        }
        Comment comment = comments.save(created);
        notices.announce(comment);
        if (status != CommentStatus.SPAM) {
            events.publishEvent(new CommentAdded(comment.getId(), parent == null ? null : parent.getId(), postId,
                    post.getKind(), post.getSlug(), post.getTitle(), authorName, body, status, now));
        }
        return stored.view(comment);
    }

    /**
     * Stops the reply mails of the comment this one-click link belongs to. Anyone holding the link (it was mailed
     * to the guest alone).
     *
     * @return whether the link was known
     */
    public boolean stopReplyNotices(String token) {
        return comments.findByReplyNoticeToken(token).map(comment -> {
            comment.stopReplyNotices();
            return true;
        }).orElse(false);
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /**
     * What the moderation policy makes of a guest's text. Under first-time moderation a guest is known by name and
     * password together ({@link GuestPasswords#isKnownGuest}), never by the public name alone.
     */
    private CommentStatus guestStatus(String authorName, @Nullable String password, String body,
                                      long exceptCommentId) {
        if (formatter.countLinks(body) > policy.maxLinks()) {
            return CommentStatus.PENDING;
        }
        return switch (policy.moderation()) {
            case ALL -> CommentStatus.PENDING;
            case FIRST_TIME -> guestPasswords.isKnownGuest(authorName, password, exceptCommentId)
                    ? CommentStatus.APPROVED : CommentStatus.PENDING;
            case NONE -> CommentStatus.APPROVED;
        };
    }

    /** The same as {@link #edit(long, String, String, String)} for a caller who does not know the client. */
    public CommentView edit(long commentId, @Nullable String guestPassword, String newBody) {
        return edit(commentId, guestPassword, newBody, null);
    }

    /**
     * Changes a comment's text: its signed-in writer, a guest with the comment's password, or an admin. A guest's
     * new text goes through the moderation policy again, as a new comment would (the comment does not vouch for
     * itself): an approved comment may go back to waiting; an edit never approves one.
     *
     * @param clientKey who asks (the client's address), for the budget of password tries; null when unknown
     * @throws AccessDeniedException when the caller is not the writer, or the password does not match
     * @throws RateLimitedException  when this client tried too many passwords on this comment lately
     * @throws InvalidInputException for an empty or too long text, or a post that is closed to comments or can no
     *                               longer be read ({@code error.comment.closed}, {@code error.comment.postGone})
     * @throws NotFoundException     for an unknown comment
     */
    public CommentView edit(long commentId, @Nullable String guestPassword, String newBody,
                            @Nullable String clientKey) {
        Comment comment = stored.load(commentId);
        changes.requireWriterOrAdmin(comment, guestPassword, clientKey);
        if (!changes.isPostAuthorOrAdmin(comment)) {
            changes.requireOpenPost(comment.getPost());
        }
        if (newBody == null || newBody.isBlank()) {
            throw new InvalidInputException("body", "error.comment.empty", "Write something before saving");
        }
        if (newBody.length() > Comment.BODY_MAX_LENGTH) {
            throw new InvalidInputException("body", "error.comment.long", "A comment can be at most "
                    + Comment.BODY_MAX_LENGTH + " characters", Comment.BODY_MAX_LENGTH);
        }
        comment.setBody(normalizeBody(newBody));
        comment.setUpdatedAt(clock.instant());
        if (comment.isGuest() && comment.getStatus() == CommentStatus.APPROVED
                && !changes.isPostAuthorOrAdmin(comment)
                && guestStatus(comment.getAuthorName(), guestPassword, comment.getBody(), comment.getId())
                == CommentStatus.PENDING) {
            comment.setStatus(CommentStatus.PENDING);
        }
        return stored.view(comment);
    }

    /** The same as {@link #delete(long, String, String)} for a caller who does not know the client. */
    public void delete(long commentId, @Nullable String guestPassword) {
        delete(commentId, guestPassword, null);
    }

    /**
     * Deletes a comment and its replies: its writer (a guest with the password), the post's author, or an admin.
     * Its writer only while the post is readable and open to comments.
     *
     * @param clientKey who asks (the client's address), for the budget of password tries; null when unknown
     * @throws AccessDeniedException when the caller is not the writer, or the password does not match
     * @throws RateLimitedException  when this client tried too many passwords on this comment lately
     * @throws InvalidInputException for a post that is closed to comments or can no longer be read
     * @throws NotFoundException     for an unknown comment
     */
    public void delete(long commentId, @Nullable String guestPassword, @Nullable String clientKey) {
        Comment comment = stored.load(commentId);
        if (!changes.isPostAuthorOrAdmin(comment)) {
            changes.requireWriterOrAdmin(comment, guestPassword, clientKey);
            changes.requireOpenPost(comment.getPost());
        }
        comments.delete(comment);
    }

    private static String normalizeBody(String body) {
        String normalized = body.replace("\r\n", "\n").strip();
        if (normalized.isEmpty()) {
            throw new InvalidInputException("body", "error.comment.empty", "Write something before posting");
        }
        return normalized;
    }
}
