package dev.geul.web.api;

import java.net.URI;
import java.util.Set;

import dev.geul.account.AccountService;
import dev.geul.account.AuthorProfile;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostLists;
import dev.geul.post.PostReader;
import dev.geul.post.PostSummary;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Posts and their comments as JSON: what readers see on the blog, for apps, widgets and scripts. Anyone may read
 * and comment; a password-protected post needs its password in the {@code X-Post-Password} header (never in the
 * address, where logs, proxies and browser histories keep it: a {@code password} parameter is refused with 400).
 * Header values are Latin-1 on the wire: a password in other letters (Korean) goes as RFC 8187's
 * {@code UTF-8''} followed by its percent-encoded UTF-8 bytes, or as raw UTF-8 bytes. Wrong passwords are
 * limited per post and client ({@link PostReader#unlock}): past the limit, 429.
 */
@RestController
@RequestMapping("/api/posts")
class PostsApiController {

    static final String PASSWORD_HEADER = "X-Post-Password";

    private final PostLists lists;
    private final PostReader posts;
    private final CommentService comments;
    private final CommentThreads threads;
    private final BlogProperties blog;
    private final AccountService accounts;

    PostsApiController(PostLists lists, PostReader posts, CommentService comments, CommentThreads threads,
                       BlogProperties blog, AccountService accounts) {
        this.lists = lists;
        this.posts = posts;
        this.comments = comments;
        this.threads = threads;
        this.accounts = accounts;
        this.blog = blog;
    }

    /** Listed posts, sticky ones first, then newest first; {@code page} counts from 1. */
    @GetMapping
    PostJson.Page list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size,
                       @RequestParam(required = false) @Nullable String category,
                       @RequestParam(required = false) @Nullable String tag) {
        ApiPaging paging = ApiPaging.of(page, size);
        if (category != null && tag != null) {
            throw new BadApiRequest("tag", "Filter by category or by tag, not both");
        }
        PageRequest request = PageRequest.of(paging.zeroBased(), paging.size());
        Page<PostSummary> found = category != null ? lists.listByCategory(category, request)
                : tag != null ? lists.listByTag(tag, request)
                : lists.listPublished(request);
        return new PostJson.Page(found.getTotalElements(), page, size,
                found.map(post -> PostJson.Item.of(post, blog.baseUrl())).getContent());
    }

    /** The key of the refusal of a password in the address. */
    static final String PASSWORD_IN_QUERY = "error.post.password.query";

    @GetMapping("/{slug}")
    PostJson.Post get(@PathVariable String slug,
                      @RequestHeader(name = PASSWORD_HEADER, required = false) @Nullable String password,
                      HttpServletRequest http) {
        refusePasswordInQuery(http);
        PostDetail post = readable(slug, decodedPassword(password), clientKey(http));
        AuthorProfile author = accounts.publicProfile(post.authorId()).orElseGet(() -> new AuthorProfile(
                post.authorId(), "", post.authorName(), null, null));
        return PostJson.Post.of(post, author, blog.baseUrl(),
                PostJson.Comment.tree(threads.tree(post, Set.of())));
    }

    @PostMapping("/{slug}/comments")
    ResponseEntity<?> comment(@PathVariable String slug, @RequestBody PostJson.NewCommentRequest request,
                              @RequestHeader(name = PASSWORD_HEADER, required = false) @Nullable String postPassword,
                              HttpServletRequest http) {
        refusePasswordInQuery(http);
        if (request.website() != null && !request.website().isBlank()) {
            throw new InvalidInputException("website", "error.comment.spam",
                    "This comment looks like spam and was not posted");
        }
        String client = clientKey(http);
        PostDetail post = readable(slug, decodedPassword(postPassword), client);
        CommentView stored = comments.add(post.id(), new NewComment(request.authorName(), request.body(),
                request.password(), request.parentId(), Boolean.TRUE.equals(request.secret())),
                decodedPassword(postPassword), client);
        return ResponseEntity.created(URI.create(PostJson.permalink("", post.kind(), post.slug()) + "#comment-" + stored.id()))
                .body(PostJson.StoredComment.of(stored));
    }

    /** Who the client is, for per-client limits: the one place the API decides it. */
    private static String clientKey(HttpServletRequest http) {
        return http.getRemoteAddr();
    }

    /** The password the header carries, in any letters (see the class's description). */
    static @Nullable String decodedPassword(@Nullable String header) {
        if (header == null) {
            return null;
        }
        if (header.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            try {
                return java.net.URLDecoder.decode(header.substring(7).replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                return header;
            }
        }
        // the container read the bytes as Latin-1: raw UTF-8 from the client decodes back to what was typed
        byte[] bytes = header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException latin1) {
            return header;
        }
    }

    private static void refusePasswordInQuery(HttpServletRequest http) {
        if (http.getParameter("password") != null) {
            throw new PasswordInQueryException();
        }
    }

    /** A post's password came in the address: refused whether right or wrong, and never checked. */
    static final class PasswordInQueryException extends RuntimeException {

        PasswordInQueryException() {
            super("Send a post's password in the " + PASSWORD_HEADER + " header, never in the address");
        }
    }

    @ExceptionHandler(PasswordInQueryException.class)
    ResponseEntity<ProblemDetail> passwordInQuery(PasswordInQueryException e) {
        return ApiProblem.answer(ApiProblem.refused(HttpStatus.BAD_REQUEST, e.getMessage(), PASSWORD_IN_QUERY,
                "password", null));
    }

    private PostDetail readable(String slug, @Nullable String password, String client) {
        PostDetail post = posts.unlock(slug, password, client).orElseThrow(() -> new NotFoundException("Post " + slug));
        if (post.locked()) {
            throw new AccessDeniedException(password == null
                    ? "This post is protected by a password: send it in the " + PASSWORD_HEADER + " header"
                    : "The password of this post does not match");
        }
        return post;
    }
}
