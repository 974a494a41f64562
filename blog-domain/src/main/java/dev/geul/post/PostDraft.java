package dev.geul.post;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an author submits from the editor. Limits are declared once here and on {@link Post}; views use the
 * same constants for their fields; each message is a translation key (see {@link dev.geul.base.Violations}).
 *
 * @param slug     empty to derive it from the title
 * @param excerpt  empty to derive it from the text
 * @param password required when visibility is {@link Visibility#PASSWORD}
 * @param menuOrder where a page stands in the blog's navigation, smallest first; null keeps it (0 for a new page)
 */
public record PostDraft(
        @NotBlank(message = "{error.post.title}")
        @Size(max = Post.TITLE_MAX_LENGTH, message = "{error.post.title.long}") String title,
        @Size(max = Post.SLUG_MAX_LENGTH, message = "{error.slug.long}") @Nullable String slug,
        @NotNull @Size(max = Post.CONTENT_MAX_LENGTH, message = "{error.post.content.long}") String contentHtml,
        @Size(max = Post.EXCERPT_MAX_LENGTH, message = "{error.post.excerpt.long}") @Nullable String excerpt,
        @Nullable Long categoryId,
        @NotNull @Size(max = Post.MAX_TAGS, message = "{error.post.tags.many}")
        List<@NotBlank(message = "{error.post.tag.blank}")
             @Size(max = Tag.NAME_MAX_LENGTH, message = "{error.post.tag.long}") String> tags,
        @NotNull Visibility visibility,
        @Size(max = Post.PASSWORD_MAX_LENGTH, message = "{error.post.password.long}") @Nullable String password,
        boolean sticky,
        @NotNull PostKind kind,
        @Nullable Long parentId,
        boolean commentsOpen,
        @Min(value = 0, message = "{error.page.menuorder}")
        @Max(value = Post.MENU_ORDER_MAX, message = "{error.page.menuorder}") @Nullable Integer menuOrder) {

    /** A draft that leaves a page's place in the navigation as it is. */
    public PostDraft(String title, @Nullable String slug, String contentHtml, @Nullable String excerpt,
                     @Nullable Long categoryId, List<String> tags, Visibility visibility, @Nullable String password,
                     boolean sticky, PostKind kind, @Nullable Long parentId, boolean commentsOpen) {
        this(title, slug, contentHtml, excerpt, categoryId, tags, visibility, password, sticky, kind, parentId,
                commentsOpen, null);
    }

    /** A public post with a title and text and nothing else set. */
    public static PostDraft of(String title, String contentHtml) {
        return new PostDraft(title, null, contentHtml, null, null, List.of(), Visibility.PUBLIC, null, false,
                PostKind.POST, null, true);
    }

    public PostDraft withCategory(@Nullable Long category) {
        return new PostDraft(title, slug, contentHtml, excerpt, category, tags, visibility, password, sticky, kind,
                parentId, commentsOpen, menuOrder);
    }

    public PostDraft withTags(List<String> newTags) {
        return new PostDraft(title, slug, contentHtml, excerpt, categoryId, newTags, visibility, password, sticky, kind,
                parentId, commentsOpen, menuOrder);
    }

    public PostDraft withVisibility(Visibility newVisibility, @Nullable String newPassword) {
        return new PostDraft(title, slug, contentHtml, excerpt, categoryId, tags, newVisibility, newPassword, sticky,
                kind, parentId, commentsOpen, menuOrder);
    }

    public PostDraft withText(String newTitle, String newContentHtml) {
        return new PostDraft(newTitle, slug, newContentHtml, excerpt, categoryId, tags, visibility, password, sticky,
                kind, parentId, commentsOpen, menuOrder);
    }

    public PostDraft withSlug(@Nullable String newSlug) {
        return new PostDraft(title, newSlug, contentHtml, excerpt, categoryId, tags, visibility, password, sticky, kind,
                parentId, commentsOpen, menuOrder);
    }

    public PostDraft withExcerpt(@Nullable String newExcerpt) {
        return new PostDraft(title, slug, contentHtml, newExcerpt, categoryId, tags, visibility, password, sticky, kind,
                parentId, commentsOpen, menuOrder);
    }

    public PostDraft asPage(@Nullable Long parentPage) {
        return new PostDraft(title, slug, contentHtml, excerpt, categoryId, tags, visibility, password, sticky,
                PostKind.PAGE, parentPage, commentsOpen, menuOrder);
    }

    public PostDraft withMenuOrder(@Nullable Integer newMenuOrder) {
        return new PostDraft(title, slug, contentHtml, excerpt, categoryId, tags, visibility, password, sticky, kind,
                parentId, commentsOpen, newMenuOrder);
    }

    public PostDraft withSticky(boolean newSticky) {
        return new PostDraft(title, slug, contentHtml, excerpt, categoryId, tags, visibility, password, newSticky, kind,
                parentId, commentsOpen, menuOrder);
    }
}
