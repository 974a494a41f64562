package dev.geul.post;

import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.geul.base.html.Excerpts;
import dev.geul.category.Category;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Posts as the services hand them out: summaries for lists, details for one post, with their comment counts read
 * in one query for a whole batch.
 */
@Component
class PostMapper {

    private final CommentCounts commentCounts;
    private final PostLikes likes;

    PostMapper(@Lazy CommentCounts commentCounts, PostLikes likes) {
        this.commentCounts = commentCounts;
        this.likes = likes;
    }

    /** Summaries for a batch of posts with one query for all their comment counts. */
    Map<Post, PostSummary> summaries(Collection<Post> batch, boolean forEditor) {
        Map<Long, Long> counts = commentCounts(batch);
        Map<Long, Long> likeCounts = batch.isEmpty() ? Map.of()
                : likes.counts(batch.stream().map(Post::getId).toList());
        Map<Post, PostSummary> result = new IdentityHashMap<>();
        for (Post post : batch) {
            result.put(post, summary(post, counts.getOrDefault(post.getId(), 0L),
                    likeCounts.getOrDefault(post.getId(), 0L), forEditor));
        }
        return result;
    }

    /** A page of posts as summaries, with one query for all their comment counts. */
    Page<PostSummary> summaryPage(Page<Post> page, boolean forEditor) {
        Map<Post, PostSummary> summaries = summaries(page.getContent(), forEditor);
        return page.map(post -> Objects.requireNonNull(summaries.get(post), "the summaries hold every post of the page"));
    }

    /** The summaries of {@code batch} in its order. */
    List<PostSummary> summaryList(List<Post> batch, boolean forEditor) {
        Map<Post, PostSummary> summaries = summaries(batch, forEditor);
        return batch.stream().map(summaries::get).toList();
    }

    Map<Long, Long> commentCounts(Collection<Post> batch) {
        return batch.isEmpty() ? Map.of()
                : commentCounts.approvedCommentsPerPost(batch.stream().map(Post::getId).toList());
    }

    PostDetail detail(Post post, boolean forEditor) {
        return detail(post, forEditor,
                commentCounts.approvedCommentsPerPost(List.of(post.getId())).getOrDefault(post.getId(), 0L));
    }

    PostDetail detail(Post post, boolean forEditor, long commentCount) {
        return new PostDetail(post.getId(), post.getSlug(), post.getTitle(), post.getContentHtml(), excerptOf(post),
                post.getExcerpt(), post.getKind(), post.getStatus(), post.getVisibility(),
                forEditor ? post.getAccessPassword() : null, post.getPublishedAt(), post.getCreatedAt(),
                post.getUpdatedAt(), post.isSticky(), post.isCommentsOpen(), post.isTrashed(),
                post.getAuthor().getId(), post.getAuthor().getDisplayName(), categoryRef(post.getCategory()),
                post.getMoreCategories().stream().sorted(Comparator.comparing(Category::getName))
                        .map(PostMapper::categoryRef).toList(),
                tagRefs(post), post.getParent() == null ? null : post.getParent().getId(), commentCount, false,
                post.getVersion(), post.getMenuOrder());
    }

    /** What a reader who has not given a protected post's password sees of it: no text. */
    static PostDetail locked(PostDetail detail) {
        return new PostDetail(detail.id(), detail.slug(), detail.title(), "", "", null, detail.kind(),
                detail.status(), detail.visibility(), null, detail.publishedAt(), detail.createdAt(),
                detail.updatedAt(), detail.sticky(), detail.commentsOpen(), detail.trashed(), detail.authorId(),
                detail.authorName(), detail.category(), detail.moreCategories(), detail.tags(), detail.parentId(),
                detail.commentCount(), true, detail.version(), detail.menuOrder());
    }

    private static PostSummary summary(Post post, long commentCount, long likeCount, boolean forEditor) {
        String excerpt = post.getVisibility() == Visibility.PASSWORD && !forEditor ? "" : excerptOf(post);
        return new PostSummary(post.getId(), post.getSlug(), post.getTitle(), excerpt, post.getKind(),
                post.getStatus(), post.getVisibility(), post.getPublishedAt(), post.getUpdatedAt(), post.isSticky(),
                post.isTrashed(), post.getAuthor().getId(), post.getAuthor().getDisplayName(),
                categoryRef(post.getCategory()), tagRefs(post), commentCount, likeCount, post.getVersion());
    }

    private static String excerptOf(Post post) {
        return post.getExcerpt() != null ? post.getExcerpt()
                : Excerpts.fromHtml(post.getContentHtml(), Excerpts.DEFAULT_LENGTH);
    }

    private static PostSummary.@Nullable CategoryRef categoryRef(@Nullable Category category) {
        return category == null ? null
                : new PostSummary.CategoryRef(category.getId(), category.getName(), category.getSlug());
    }

    private static List<PostSummary.TagRef> tagRefs(Post post) {
        return post.getTags().stream().sorted(Comparator.comparing(Tag::getName))
                .map(tag -> new PostSummary.TagRef(tag.getName(), tag.getSlug())).toList();
    }
}
