package dev.geul.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.geul.account.CurrentUser;
import dev.geul.base.NotFoundException;
import dev.geul.base.PasswordAttemptLimit;
import dev.geul.base.PasswordAttempts;
import dev.geul.base.RateLimitedException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading one post or page: by its slug, id or an imported archive's old path, opened with its password, whether
 * the caller may read it, and what sits around it (its neighbours, other posts of its category).
 *
 * <p>Anyone may call these; what comes back depends on who asks. Readers (signed in or not) see live posts:
 * published, or scheduled and their time has come, not trashed, not private. A post's author and admins also find
 * its drafts and trashed or private versions where a method says so. Lists of posts are {@link PostLists}'s;
 * changing posts is {@link PostEditor}'s.
 */
@Service
@Transactional(readOnly = true)
public class PostReader {

    private final PostRepository posts;
    private final PostPermissions permissions;
    private final PostMapper mapper;
    private final PasswordAttempts passwordAttempts;
    private final Clock clock;

    PostReader(PostRepository posts, PostPermissions permissions, PostMapper mapper, PasswordAttempts passwordAttempts,
               Clock clock) {
        this.posts = posts;
        this.permissions = permissions;
        this.mapper = mapper;
        this.passwordAttempts = passwordAttempts;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- one post

    /**
     * A post or page as the caller may see it. Drafts, scheduled, trashed and private posts are found only by
     * their author and admins. A password-protected post comes back {@code locked} for everyone else: to open it,
     * see {@link #unlock(String, String, String)}.
     */
    public Optional<PostDetail> findReadable(String slug) {
        return unlock(slug, null, null);
    }

    /** The same as {@link #findReadable(String)} by id. */
    public Optional<PostDetail> findReadable(long id) {
        return unlock(id, null, null);
    }

    /**
     * The same as {@link #unlock(String, String, String)} for a caller who does not know the client: every such
     * caller shares one budget of tries per post. Prefer {@code unlock} with the client's key.
     */
    public Optional<PostDetail> findReadable(String slug, @Nullable String password) {
        return unlock(slug, password, null);
    }

    /** The same as {@link #findReadable(String, String)} by id. */
    public Optional<PostDetail> findReadable(long id, @Nullable String password) {
        return unlock(id, password, null);
    }

    /**
     * A post or page as the caller may see it, opened with its password: the one place a protected post's
     * password is checked, for the reader pages, the API and comments alike. Anyone may call it.
     *
     * <ul>
     * <li>Empty when the post does not exist or the caller may not read it (see {@link #findReadable(String)}).</li>
     * <li>A post that is not protected, or read by its author or an admin, comes back open; no try is counted.</li>
     * <li>A protected post comes back {@code locked} when {@code password} is null or empty (no try counted) or
     * wrong, and open when it is the post's password (compared in constant time).</li>
     * <li>Each non-empty password counts as one try of this client on this post; a right one gives its try back.
     * Once a client has used up its tries (see {@link PasswordAttemptLimit}), every password from it is refused
     * until the budget refills, the right one too; other clients keep their own budgets.</li>
     * </ul>
     *
     * @param password  what the reader typed, as typed (neither stripped nor changed), or null
     * @param clientKey who is trying: the client's address as the web layer determines it; null when unknown (all
     *                  unknown clients then share one budget per post)
     * @throws RateLimitedException with the key {@link PasswordAttempts#REFUSAL_KEY} and the seconds to wait,
     *                              when this client tried too many passwords on this post lately
     */
    public Optional<PostDetail> unlock(String slug, @Nullable String password, @Nullable String clientKey) {
        return posts.findBySlug(slug).filter(this::isReadable).map(post -> {
            boolean editor = permissions.canEdit(post.getId());
            PostDetail detail = mapper.detail(post, editor);
            if (post.getVisibility() != Visibility.PASSWORD || editor) {
                return detail;
            }
            boolean open = password != null && !password.isEmpty() && passwordAttempts.check("post:" + post.getId(),
                    clientKey, () -> PasswordAttempts.sameText(post.getAccessPassword(), password));
            return open ? detail : PostMapper.locked(detail);
        });
    }

    /** The same as {@link #unlock(String, String, String)} by id. */
    public Optional<PostDetail> unlock(long id, @Nullable String password, @Nullable String clientKey) {
        return posts.findById(id).flatMap(post -> unlock(post.getSlug(), password, clientKey));
    }

    /**
     * A post or page as someone who is not signed in sees it, whoever calls: for what goes out to everyone
     * (pages as crawlers see them, caches). Live and not private, else empty; password-protected ones locked.
     */
    public Optional<PostDetail> findPublicly(String slug) {
        return posts.findBySlug(slug)
                .filter(post -> post.isLive(clock.instant()) && post.getVisibility() != Visibility.PRIVATE)
                .map(post -> {
                    PostDetail detail = mapper.detail(post, false);
                    return post.getVisibility() == Visibility.PASSWORD ? PostMapper.locked(detail) : detail;
                });
    }

    /**
     * The post an imported archive had at this old path ({@code /2013/01/10/slug/}, {@code /?p=12}), when the
     * caller may read it; with or without the final slash.
     */
    public Optional<PostSummary> findByLegacyPath(String path) {
        if (path == null || path.isBlank() || path.length() > Post.LEGACY_PATH_MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<Post> found = firstWithLegacyPath(path);
        if (found.isEmpty() && !path.contains("?")) {
            found = firstWithLegacyPath(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
        }
        return found.filter(this::isReadable).map(post -> mapper.summaries(List.of(post), false).get(post));
    }

    /** Whether the caller may read the post at all (maybe locked); for comments and search. */
    public boolean isReadable(long postId) {
        return posts.findById(postId).filter(this::isReadable).isPresent();
    }

    /**
     * The same as {@link #isReadable(long)} for a post as this service gave it, judged by what it holds: no query
     * for a live post that is not private. For method security: {@code @postReader.isReadable(#post)}.
     */
    public boolean isReadable(PostDetail post) {
        return isReadable(post.id(), Post.isLive(post.trashed(), post.status(), post.publishedAt(), clock.instant()),
                post.visibility());
    }

    // ---------------------------------------------------------------- around a post

    /**
     * The footer under a post: other listed posts of its category, newest first, each with its date and
     * comment count.
     *
     * @throws NotFoundException when the caller may not read the post
     */
    public List<PostSummary> otherPostsInCategory(long postId, int limit) {
        Post post = posts.findById(postId).filter(this::isReadable)
                .orElseThrow(() -> new NotFoundException("Post " + postId));
        if (post.getCategory() == null) {
            return List.of();
        }
        return mapper.summaryList(posts.findOthersInCategory(clock.instant(), post.getCategory().getId(), postId,
                PageRequest.of(0, limit)), false);
    }

    /** The listed posts just older and just newer than this one, for "previous / next" links. */
    public Adjacent adjacent(long postId) {
        Post post = posts.findById(postId).orElseThrow(() -> new NotFoundException("Post " + postId));
        if (post.getPublishedAt() == null || post.getKind() != PostKind.POST) {
            return new Adjacent(null, null);
        }
        Instant now = clock.instant();
        List<Post> older = posts.findOlder(now, post.getPublishedAt(), postId, PageRequest.of(0, 1));
        List<Post> newer = posts.findNewer(now, post.getPublishedAt(), postId, PageRequest.of(0, 1));
        List<Post> both = new ArrayList<>(older);
        both.addAll(newer);
        var summaries = mapper.summaries(both, false);
        return new Adjacent(older.isEmpty() ? null : summaries.get(older.getFirst()),
                newer.isEmpty() ? null : summaries.get(newer.getFirst()));
    }

    /** @param previous the next older post, or null; @param next the next newer post, or null */
    public record Adjacent(@Nullable PostSummary previous, @Nullable PostSummary next) {
    }

    // ---------------------------------------------------------------- internals

    private boolean isReadable(Post post) {
        return isReadable(post.getId(), post.isLive(clock.instant()), post.getVisibility());
    }

    /** Everyone reads a live post that is not private; the rest only its author and admins. */
    private boolean isReadable(long postId, boolean live, Visibility visibility) {
        if (live && visibility != Visibility.PRIVATE) {
            return true;
        }
        return permissions.canEdit(postId) && CurrentUser.get().isPresent();
    }

    private Optional<Post> firstWithLegacyPath(String path) {
        return posts.findByLegacyPath(path, Limit.of(1)).stream().findFirst();
    }
}
