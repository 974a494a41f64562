package dev.geul.post;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A whole post. For readers of a password-protected post who have not given the password, {@code locked} is
 * true and {@code contentHtml} and {@code excerpt} are empty.
 *
 * @param accessPassword the post's password; only filled for its author and admins
 * @param menuOrder      where a page stands in the blog's navigation (see {@link Post#getMenuOrder()})
 */
public record PostDetail(long id, String slug, String title, String contentHtml, String excerpt,
                         @Nullable String explicitExcerpt, PostKind kind, PostStatus status, Visibility visibility,
                         @Nullable String accessPassword, @Nullable Instant publishedAt, Instant createdAt,
                         Instant updatedAt, boolean sticky, boolean commentsOpen, boolean trashed, long authorId,
                         String authorName, PostSummary.@Nullable CategoryRef category,
                         List<PostSummary.CategoryRef> moreCategories, List<PostSummary.TagRef> tags,
                         @Nullable Long parentId, long commentCount, boolean locked, long version, int menuOrder) {

    public List<String> tagNames() {
        return tags.stream().map(PostSummary.TagRef::name).toList();
    }

    /** The draft the editor starts from. */
    public PostDraft toDraft() {
        return new PostDraft(title, slug, contentHtml, explicitExcerpt, category == null ? null : category.id(),
                tagNames(), visibility, accessPassword, sticky, kind, parentId, commentsOpen,
                kind == PostKind.PAGE ? menuOrder : null);
    }
}
