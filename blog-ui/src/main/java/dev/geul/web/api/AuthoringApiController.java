package dev.geul.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.post.PostDetail;
import dev.geul.post.PostHistory;
import dev.geul.post.PostDraft;
import dev.geul.post.PostKind;
import dev.geul.post.PostEditor;
import dev.geul.post.RevisionDiff;
import dev.geul.post.RevisionView;
import dev.geul.post.Visibility;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing from outside the browser (scripts, editors, other tools): authors create, edit and trash their posts and
 * upload images, with HTTP Basic, under the same rules as the editor, which the services enforce (an author edits
 * their own posts only; a save based on an older version is refused with 409 and its text kept as a revision).
 */
@RestController
class AuthoringApiController {

    private final PostEditor posts;
    private final PostHistory history;
    private final MediaStore media;
    private final BlogProperties blog;

    AuthoringApiController(PostEditor posts, PostHistory history, MediaStore media, BlogProperties blog) {
        this.posts = posts;
        this.history = history;
        this.media = media;
        this.blog = blog;
    }

    /**
     * A post as an author sends it.
     *
     * @param status    {@code draft} (default), {@code published} or {@code scheduled}
     * @param publishAt when a scheduled post appears
     * @param version   for an edit: the version the text is based on (from the last answer)
     */
    record PostRequest(String title, @Nullable String slug, @Nullable String contentHtml, @Nullable String excerpt,
                       @Nullable Long categoryId, @Nullable List<String> tags, @Nullable String visibility,
                       @Nullable String password, @Nullable String status, @Nullable Instant publishAt,
                       @Nullable Long version) {

        PostDraft draft() {
            Visibility chosen = visibility == null || visibility.isBlank() ? Visibility.PUBLIC
                    : ApiValues.oneOf(Visibility.class, "visibility", visibility);
            return new PostDraft(title, slug, contentHtml == null ? "" : contentHtml, excerpt, categoryId,
                    tags == null ? List.of() : tags, chosen, password, false, PostKind.POST, null, true);
        }
    }

    /** What an author gets back: enough to edit again (the version) and to link to the post. */
    record Written(long id, String slug, String url, String status, @Nullable Instant publishedAt, long version) {

        static Written of(PostDetail post, String baseUrl) {
            return new Written(post.id(), post.slug(), PostJson.permalink(baseUrl, post.kind(), post.slug()),
                    post.status().name().toLowerCase(), post.publishedAt(), post.version());
        }
    }

    record Uploaded(String path, String url) {
    }

    @PostMapping("/api/posts")
    @ResponseStatus(HttpStatus.CREATED)
    Written create(@RequestBody PostRequest request) {
        PostDetail created = posts.create(request.draft());
        return Written.of(applyStatus(created, request), blog.baseUrl());
    }

    @PutMapping("/api/posts/{id}")
    Written update(@PathVariable long id, @RequestBody PostRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "error.api.version", "Send the version the text is based on");
        }
        PostDetail saved = posts.update(id, request.version(), request.draft());
        return Written.of(request.status() == null ? saved : applyStatus(saved, request), blog.baseUrl());
    }

    /** Moves the post to the trash, from where the editor restores it. */
    @DeleteMapping("/api/posts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void trash(@PathVariable long id) {
        posts.trash(id);
    }

    /** A text the post had, without the text itself (ask the diff for that). */
    record Revision(long id, String reason, String title, Instant savedAt, @Nullable String savedBy,
                    @Nullable Long basedOnVersion) {

        static Revision of(RevisionView revision) {
            return new Revision(revision.id(), revision.reason().name().toLowerCase(), revision.title(),
                    revision.savedAt(), revision.savedBy(), revision.basedOnVersion());
        }
    }

    record RestoreRequest(@Nullable Long version) {
    }

    /** Every earlier text of the post, autosaves and conflicting saves included, newest first. */
    @GetMapping("/api/posts/{id}/revisions")
    List<Revision> revisions(@PathVariable long id) {
        return history.revisions(id).stream().map(Revision::of).toList();
    }

    /**
     * What changed from a revision to the post as it is now, or to another revision ({@code against}), word by
     * word: runs of text that are the same, removed or added.
     */
    @GetMapping("/api/posts/{id}/revisions/{revisionId}/diff")
    RevisionDiff diff(@PathVariable long id, @PathVariable long revisionId,
                      @RequestParam(defaultValue = "current") String against) {
        Long other = against.equals("current") ? null : ApiValues.id("against", against);
        return history.diff(id, revisionId, other);
    }

    /** Makes the revision the post's text again; the text it replaces becomes a revision. 409 when stale. */
    @PostMapping("/api/posts/{id}/revisions/{revisionId}/restore")
    Written restore(@PathVariable long id, @PathVariable long revisionId, @RequestBody RestoreRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "error.api.version", "Send the version the post has now");
        }
        history.restore(id, revisionId, request.version());
        return Written.of(posts.getForEditing(id), blog.baseUrl());
    }

    /** The body is the image (PNG, JPEG, GIF or WebP, at most 10 MB); the answer says where it is served. */
    @PostMapping(path = "/api/media", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE,
            MediaType.IMAGE_GIF_VALUE, "image/webp"})
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            String path = media.store(body);
            return new Uploaded(path, blog.baseUrl() + path);
        } catch (MediaRefusedException refused) {
            throw refused.reason() == MediaRefusedException.Reason.TOO_LARGE
                    ? new InvalidInputException("file", "editor.upload.toolarge", "The image is larger than "
                            + MediaStore.MAX_BYTES / (1024 * 1024) + " MB", MediaStore.MAX_BYTES / (1024 * 1024))
                    : new InvalidInputException("file", "editor.upload.notimage",
                            "Only PNG, JPEG, GIF and WebP images are taken");
        }
    }

    private PostDetail applyStatus(PostDetail post, PostRequest request) {
        String status = request.status() == null ? "draft" : request.status().strip().toLowerCase();
        return switch (status) {
            case "draft" -> post;
            case "published", "publish" -> posts.publish(post.id());
            case "scheduled", "future" -> {
                if (request.publishAt() == null) {
                    throw new InvalidInputException("publishAt", "error.post.schedule", "A scheduled post needs publishAt");
                }
                yield posts.schedule(post.id(), request.publishAt());
            }
            default -> throw new InvalidInputException("status", "error.api.status", "status is draft, published or scheduled");
        };
    }
}
