package dev.geul.reader;

import java.net.URI;

import dev.geul.base.BlogProperties;
import dev.geul.base.NotFoundException;
import dev.geul.base.Permalinks;
import dev.geul.post.PostDetail;
import dev.geul.post.PostLikes;
import dev.geul.post.PostReader;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 공감 button under a post: a plain form, with the same page token and origin check as the comment form and
 * no session. Counted, the reader comes back to the post (303) and sees the new count; a refused press (an old
 * page, another site) counts nothing and shows why.
 */
@Controller
class LikeController {

    private final PostReader posts;
    private final PostLikes likes;
    private final PostPages postPages;
    private final ReaderPages pages;
    private final PageHead head;
    private final CommentTokens tokens;
    private final ReaderText text;
    private final BlogProperties blog;

    LikeController(PostReader posts, PostLikes likes, PostPages postPages, ReaderPages pages, PageHead head,
                   CommentTokens tokens, ReaderText text, BlogProperties blog) {
        this.posts = posts;
        this.likes = likes;
        this.postPages = postPages;
        this.pages = pages;
        this.head = head;
        this.tokens = tokens;
        this.text = text;
        this.blog = blog;
    }

    @PostMapping({Permalinks.POSTS + "{slug}/like", Permalinks.PAGES + "{slug}/like"})
    ResponseEntity<String> like(@PathVariable String slug,
                                @RequestParam(name = "token", required = false) @Nullable String token,
                                HttpServletRequest request) {
        PostDetail post = posts.findReadable(slug, null).filter(found -> !found.locked() && PostPages.isShared(found))
                .orElseThrow(() -> new NotFoundException(slug));
        if (!SameOrigin.isSameOrigin(request, blog.baseUrl()) || !tokens.isValid(post.id(), token)) {
            return pages.personal(HttpStatus.FORBIDDEN, "post", head.post(post), postPages.page(post,
                    CommentThread.Draft.empty(null, null), null, null, text.getTranslation("reader.like.expired"), null));
        }
        likes.like(post.id(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        String target = post.kind().permalink(post.slug()) + "?liked=1#like";
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, URI.create(request.getContextPath() + target).toString()).build();
    }

    /** A post's page just after the reader's 공감 was counted: for them alone, as it thanks them. */
    @GetMapping(value = {Permalinks.POSTS + "{slug}", Permalinks.PAGES + "{slug}"}, params = "liked")
    ResponseEntity<String> liked(@PathVariable String slug) {
        PostDetail post = posts.findReadable(slug, null).orElseThrow(() -> new NotFoundException(slug));
        return pages.personal(HttpStatus.OK, "post", head.post(post),
                postPages.page(post, CommentThread.Draft.empty(null, null), null, null,
                        text.getTranslation("reader.like.thanks"), null));
    }
}
