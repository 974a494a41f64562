package dev.geul.reader;

import java.net.URI;

import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.Permalinks;
import dev.geul.base.RateLimitedException;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostReader;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * A post or page, its password form and its comment form, all working without scripts. A comment is sent as a
 * plain form: accepted, the reader comes back to the post (303) and finds it, or a note that it waits for
 * approval; refused, the page comes back with every word they typed and the reason beside the field.
 */
@Controller
class PostController {

    private final PostReader posts;
    private final CommentService comments;
    private final PostPages postPages;
    private final ReaderPages pages;
    private final PageHead head;
    private final CommentTokens tokens;
    private final ReaderText text;
    private final BlogProperties blog;

    PostController(PostReader posts, CommentService comments, PostPages postPages, ReaderPages pages, PageHead head,
                   CommentTokens tokens, ReaderText text, BlogProperties blog) {
        this.posts = posts;
        this.comments = comments;
        this.postPages = postPages;
        this.pages = pages;
        this.head = head;
        this.tokens = tokens;
        this.text = text;
        this.blog = blog;
    }

    @GetMapping({Permalinks.POSTS + "{slug}", Permalinks.PAGES + "{slug}"})
    ResponseEntity<String> show(@PathVariable String slug,
                                @RequestParam(name = "reply", required = false) @Nullable Long reply,
                                @RequestParam(name = "manage", required = false) @Nullable Long manage,
                                @RequestParam(name = "comment", required = false) @Nullable String sent,
                                WebRequest request) {
        PostDetail post = posts.findReadable(slug, null).orElseThrow(() -> new NotFoundException(slug));
        String noteKey = CommentLanding.noteKey(sent);
        String notice = noteKey == null ? null : text.getTranslation(noteKey);
        var page = postPages.page(post, CommentThread.Draft.empty(reply, null), null, notice, null,
                manage == null ? null : new CommentThread.Manage(manage, null, null));
        // the page a commenter comes back to is theirs: never a copy their browser kept from before the comment
        return PostPages.isShared(post) && notice == null
                ? pages.shared(request, HttpStatus.OK, "post", head.post(post), page)
                : pages.personal(HttpStatus.OK, "post", head.post(post), page);
    }

    @PostMapping({Permalinks.POSTS + "{slug}/unlock", Permalinks.PAGES + "{slug}/unlock"})
    ResponseEntity<String> unlock(@PathVariable String slug,
                                  @RequestParam(name = "password", defaultValue = "") String password,
                                  HttpServletRequest request) {
        PostDetail post;
        String error;
        try {
            // tries are counted per post and reader: a guesser is slowed down, other readers are not
            post = posts.unlock(slug, password, request.getRemoteAddr()).orElseThrow(() -> new NotFoundException(slug));
            error = post.locked() ? text.getTranslation("post.wrongpassword") : null;
        } catch (RateLimitedException e) {
            post = posts.findReadable(slug).orElseThrow(() -> new NotFoundException(slug));
            error = text.getTranslation(e.key(), e.args());
        }
        var page = postPages.page(post, CommentThread.Draft.empty(null, post.locked() ? null : password), error,
                null);
        return pages.personal(post.locked() ? HttpStatus.FORBIDDEN : HttpStatus.OK, "post", head.post(post), page);
    }

    @PostMapping({Permalinks.POSTS + "{slug}/comments", Permalinks.PAGES + "{slug}/comments"})
    ResponseEntity<String> comment(@PathVariable String slug,
                                   @RequestParam(name = "token", required = false) @Nullable String token,
                                   @RequestParam(name = "name", defaultValue = "") String name,
                                   @RequestParam(name = "password", defaultValue = "") String password,
                                   @RequestParam(name = "body", defaultValue = "") String body,
                                   @RequestParam(name = "secret", defaultValue = "false") boolean secret,
                                   @RequestParam(name = "parentId", required = false) @Nullable Long parentId,
                                   @RequestParam(name = "postPassword", required = false) @Nullable String postPassword,
                                   @RequestParam(name = "email", defaultValue = "") String email,
                                   @RequestParam(name = "notifyReplies", defaultValue = "false") boolean notifyReplies,
                                   HttpServletRequest request) {
        var typed = new Typed(name, body, secret, parentId, postPassword, email, notifyReplies);
        PostDetail post;
        try {
            post = posts.unlock(slug, postPassword, request.getRemoteAddr())
                    .orElseThrow(() -> new NotFoundException(slug));
        } catch (RateLimitedException e) {
            post = posts.findReadable(slug).orElseThrow(() -> new NotFoundException(slug));
        }
        if (!SameOrigin.isSameOrigin(request, blog.baseUrl()) || !tokens.isValid(post.id(), token)) {
            return refused(post, typed, null, null, null, null, text.getTranslation("reader.comment.expired"));
        }
        try {
            CommentView posted = comments.add(post.id(), new NewComment(name, body, password, parentId, secret,
                    email.isBlank() ? null : email.strip(), notifyReplies), postPassword, request.getRemoteAddr());
            String target = CommentLanding.added(post.kind(), post.slug(), posted);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
                    URI.create(request.getContextPath() + target).toString()).build();
        } catch (InvalidInputException e) {
            return refusedFor(post, typed, e);
        } catch (RateLimitedException e) {
            return refused(post, typed, null, null, null, null, text.getTranslation(e.key(), e.args()));
        } catch (AccessDeniedException e) {
            return refused(post, typed, null, null, null, null, text.getTranslation("post.protected"));
        }
    }

    /** A guest changes (action {@code edit}) or deletes their comment with the password it was written with. */
    @PostMapping({Permalinks.POSTS + "{slug}/comments/{commentId}", Permalinks.PAGES + "{slug}/comments/{commentId}"})
    ResponseEntity<String> manage(@PathVariable String slug, @PathVariable long commentId,
                                  @RequestParam(name = "token", required = false) @Nullable String token,
                                  @RequestParam(name = "action", defaultValue = "edit") String action,
                                  @RequestParam(name = "password", defaultValue = "") String password,
                                  @RequestParam(name = "body", defaultValue = "") String body,
                                  HttpServletRequest request) {
        PostDetail post = posts.findReadable(slug).orElseThrow(() -> new NotFoundException(slug));
        String error;
        if (!SameOrigin.isSameOrigin(request, blog.baseUrl()) || !tokens.isValid(post.id(), token)) {
            error = text.getTranslation("reader.comment.expired");
        } else {
            try {
                boolean deleting = "delete".equals(action);
                if (deleting) {
                    comments.delete(commentId, password, request.getRemoteAddr());
                } else {
                    comments.edit(commentId, password, body, request.getRemoteAddr());
                }
                String target = deleting ? CommentLanding.deleted(post.kind(), post.slug())
                        : CommentLanding.edited(post.kind(), post.slug(), commentId);
                return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
                        URI.create(request.getContextPath() + target).toString()).build();
            } catch (InvalidInputException | RateLimitedException e) {
                error = text.getTranslation(e.key(), e.args());
            } catch (AccessDeniedException e) {
                error = text.getTranslation("reader.comment.wrongpassword");
            }
        }
        // refused: the form again, with every word the guest typed and why
        return pages.personal(HttpStatus.UNPROCESSABLE_CONTENT, "post", head.post(post), postPages.page(post,
                CommentThread.Draft.empty(null, null), null, null, null,
                new CommentThread.Manage(commentId, body, error)));
    }

    /** What the reader typed in the comment form, given back when it is refused. */
    private record Typed(String name, String body, boolean secret, @Nullable Long parentId,
                         @Nullable String postPassword, String email, boolean notifyReplies) {
    }

    private ResponseEntity<String> refusedFor(PostDetail post, Typed typed, InvalidInputException refusal) {
        String message = text.getTranslation(refusal.key(), refusal.args());
        String field = refusal.field() == null ? "" : refusal.field();
        boolean besideField = java.util.Set.of("authorName", "password", "body", "email").contains(field);
        return refused(post, typed, field.equals("authorName") ? message : null,
                field.equals("password") ? message : null, field.equals("body") ? message : null,
                field.equals("email") ? message : null, besideField ? null : message);
    }

    private ResponseEntity<String> refused(PostDetail post, Typed typed, @Nullable String nameError,
                                           @Nullable String passwordError, @Nullable String bodyError,
                                           @Nullable String emailError, @Nullable String error) {
        var draft = new CommentThread.Draft(typed.name(), typed.body(), typed.secret(), typed.parentId(),
                typed.postPassword(), nameError, passwordError, bodyError, error, typed.email(),
                typed.notifyReplies(), emailError);
        return pages.personal(HttpStatus.UNPROCESSABLE_CONTENT, "post", head.post(post),
                postPages.page(post, draft, null, null));
    }
}
