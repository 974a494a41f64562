package dev.geul.web.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.geul.account.AuthorProfile;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentView;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the public API. */
final class PostJson {

    private PostJson() {
    }

    record Category(String name, String slug) {

        static @Nullable Category of(PostSummary.@Nullable CategoryRef category) {
            return category == null ? null : new Category(category.name(), category.slug());
        }
    }

    record Tag(String name, String slug) {

        static List<Tag> of(List<PostSummary.TagRef> tags) {
            return tags.stream().map(tag -> new Tag(tag.name(), tag.slug())).toList();
        }
    }

    /** @param isProtected its text shows only with the post's password; the excerpt is then empty */
    record Item(long id, String slug, String title, String url, String excerpt,
                @Nullable Instant publishedAt, @Nullable Category category, List<Tag> tags, long commentCount,
                @JsonProperty("protected") boolean isProtected) {

        static Item of(PostSummary post, String baseUrl) {
            return new Item(post.id(), post.slug(), post.title(), permalink(baseUrl, post.kind(), post.slug()),
                    post.excerpt(), post.publishedAt(), Category.of(post.category()), Tag.of(post.tags()),
                    post.commentCount(), post.visibility() == Visibility.PASSWORD);
        }
    }

    record Page(long total, int page, int size, List<Item> items) {
    }

    /**
     * The writer of a post as readers meet them.
     *
     * @param avatarUrl their picture, or null
     * @param bio       a few words in plain text, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, @Nullable String avatarUrl, @Nullable String bio) {

        static Author of(AuthorProfile profile, String baseUrl) {
            return new Author(profile.displayName(),
                    profile.avatarPath() == null ? null : baseUrl + profile.avatarPath(), profile.bio());
        }
    }

    /**
     * A post as a reader may read it.
     *
     * @param authorName the name the post is signed with, as {@code author.name}
     * @param category   its main category
     * @param categories every category it is in, the main one first
     */
    record Post(long id, String slug, String kind, String title, String url, String excerpt, String contentHtml,
                @Nullable Instant publishedAt, Instant updatedAt, String authorName, Author author,
                @Nullable Category category,
                List<Category> categories, List<Tag> tags, boolean commentsOpen, long commentCount,
                List<Comment> comments) {

        static Post of(PostDetail post, AuthorProfile author, String baseUrl, List<Comment> comments) {
            return new Post(post.id(), post.slug(), post.kind().name().toLowerCase(), post.title(),
                    permalink(baseUrl, post.kind(), post.slug()), post.excerpt(), post.contentHtml(), post.publishedAt(),
                    post.updatedAt(), author.displayName(), Author.of(author, baseUrl), Category.of(post.category()),
                    java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(post.category()),
                            post.moreCategories().stream()).map(Category::of).toList(), Tag.of(post.tags()),
                    post.commentsOpen(), post.commentCount(), comments);
        }
    }

    /**
     * A comment in a thread. A comment the reader may not see (a secret one) stays as a placeholder, {@code hidden}
     * without name and text, so that the replies below it keep their place.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Comment(long id, @Nullable String authorName, @Nullable String bodyHtml, Instant createdAt,
                   @Nullable Boolean hidden,
                   List<Comment> replies) {

        /** Approved comments only, whoever asks: pending ones are left to the admin screens. */
        static List<Comment> tree(List<CommentNode> nodes) {
            return nodes.stream()
                    .filter(node -> node.hidden() || node.status() == dev.geul.comment.CommentStatus.APPROVED)
                    .map(node -> node.hidden()
                            ? new Comment(node.id(), null, null, node.createdAt(), true, tree(node.replies()))
                            : new Comment(node.id(), node.authorName(), node.bodyHtml(), node.createdAt(), null,
                            tree(node.replies())))
                    .toList();
        }
    }

    /** A comment just stored; {@code status} says whether it waits for approval. */
    record StoredComment(long id, @Nullable Long parentId, String authorName, String bodyHtml, Instant createdAt,
                         String status, boolean secret) {

        static StoredComment of(CommentView comment) {
            return new StoredComment(comment.id(), comment.parentId(), comment.authorName(), comment.bodyHtml(),
                    comment.createdAt(), comment.status().name().toLowerCase(), comment.secret());
        }
    }

    /**
     * What a reader sends to comment.
     *
     * @param website a field people never fill in (a form hides it); bots do, and their comment is refused
     */
    record NewCommentRequest(@Nullable String authorName, String body, @Nullable String password,
                             @Nullable Long parentId, @Nullable Boolean secret, @Nullable String website) {
    }

    static String permalink(String baseUrl, PostKind kind, String slug) {
        return baseUrl + kind.permalink(slug);
    }
}
