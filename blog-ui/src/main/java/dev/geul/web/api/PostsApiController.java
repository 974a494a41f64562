package dev.geul.web.api;

import java.net.URI;
import java.util.Set;

import dev.geul.account.AccountService;
import dev.geul.account.AuthorProfile;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostReader;
import dev.geul.post.PostSummary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * and comment; a password-protected post needs its password ({@code X-Post-Password} header or {@code password}
 * parameter).
 */
@RestController
@RequestMapping("/api/posts")
class PostsApiController {

    static final String PASSWORD_HEADER = "X-Post-Password";

    private final PostReader posts;
    private final CommentService comments;
    private final BlogProperties blog;
    private final AccountService accounts;

    PostsApiController(PostReader posts, CommentService comments, BlogProperties blog, AccountService accounts) {
        this.posts = posts;
        this.comments = comments;
        this.accounts = accounts;
        this.blog = blog;
    }

    /** Listed posts, sticky ones first, then newest first; {@code page} counts from 1. */
    @GetMapping
    PostJson.Page list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size,
                       @RequestParam(required = false) String category, @RequestParam(required = false) String tag) {
        ApiPaging paging = ApiPaging.of(page, size);
        if (category != null && tag != null) {
            throw new IllegalArgumentException("Filter by category or by tag, not both");
        }
        PageRequest request = PageRequest.of(paging.zeroBased(), paging.size());
        Page<PostSummary> found = category != null ? posts.listByCategory(category, request)
                : tag != null ? posts.listByTag(tag, request)
                : posts.listPublished(request);
        return new PostJson.Page(found.getTotalElements(), page, size,
                found.map(post -> PostJson.Item.of(post, blog.baseUrl())).getContent());
    }

    @GetMapping("/{slug}")
    PostJson.Post get(@PathVariable String slug, @RequestHeader(name = PASSWORD_HEADER, required = false) String header,
                      @RequestParam(name = "password", required = false) String parameter) {
        PostDetail post = readable(slug, header != null ? header : parameter);
        AuthorProfile author = accounts.publicProfile(post.authorId()).orElseGet(() -> new AuthorProfile(
                post.authorId(), "", post.authorName(), null, null));
        return PostJson.Post.of(post, author, blog.baseUrl(),
                PostJson.Comment.tree(comments.tree(post.id(), Set.of())));
    }

    @PostMapping("/{slug}/comments")
    ResponseEntity<?> comment(@PathVariable String slug, @RequestBody PostJson.NewCommentRequest request,
                              @RequestHeader(name = PASSWORD_HEADER, required = false) String header,
                              @RequestParam(name = "password", required = false) String parameter,
                              HttpServletRequest http) {
        if (request.website() != null && !request.website().isBlank()) {
            throw new InvalidInputException("website", "This comment looks like spam and was not posted");
        }
        String postPassword = header != null ? header : parameter;
        PostDetail post = readable(slug, postPassword);
        String client = http.getRemoteAddr();
        CommentView stored = comments.add(post.id(), new NewComment(request.authorName(), request.body(),
                request.password(), request.parentId(), Boolean.TRUE.equals(request.secret())), postPassword, client);
        return ResponseEntity.created(URI.create(PostJson.permalink("", post.kind(), post.slug()) + "#comment-" + stored.id()))
                .body(PostJson.StoredComment.of(stored));
    }

    private PostDetail readable(String slug, String password) {
        PostDetail post = posts.findReadable(slug, password).orElseThrow(() -> new NotFoundException("Post " + slug));
        if (post.locked()) {
            throw new AccessDeniedException(password == null
                    ? "This post is protected by a password: send it in the " + PASSWORD_HEADER + " header"
                    : "The password of this post does not match");
        }
        return post;
    }
}
