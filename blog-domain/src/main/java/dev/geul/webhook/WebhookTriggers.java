package dev.geul.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.geul.base.BlogProperties;
import dev.geul.base.Permalinks;
import dev.geul.category.Category;
import dev.geul.comment.CommentAdded;
import dev.geul.post.Post;
import dev.geul.post.PostChanged;
import dev.geul.post.PostKind;
import dev.geul.post.PostRepository;
import dev.geul.post.PostWentLive;
import dev.geul.post.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to posts (not pages) and comments into webhook events, queued in the transaction that made
 * it happen. A post's body goes along only when every reader may see it: a protected or private post is announced
 * by its title and address alone.
 */
@Component
class WebhookTriggers {

    private final WebhookQueue queue;
    private final PostRepository posts;
    private final BlogProperties blog;

    WebhookTriggers(WebhookQueue queue, PostRepository posts, BlogProperties blog) {
        this.queue = queue;
        this.posts = posts;
        this.blog = blog;
    }

    @EventListener
    void wentLive(PostWentLive event) {
        post(event.postId(), WebhookEvent.POST_PUBLISHED);
    }

    @EventListener
    void changed(PostChanged event) {
        post(event.postId(), switch (event.change()) {
            case UPDATED -> WebhookEvent.POST_UPDATED;
            case UNPUBLISHED -> WebhookEvent.POST_UNPUBLISHED;
            case TRASHED -> WebhookEvent.POST_TRASHED;
        });
    }

    @EventListener
    void commentAdded(CommentAdded comment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", comment.commentId());
        data.put("parentId", comment.parentId());
        data.put("status", comment.status().name().toLowerCase(java.util.Locale.ROOT));
        data.put("authorName", comment.authorName());
        data.put("body", comment.body());
        data.put("createdAt", comment.createdAt().toString());
        String permalink = comment.postKind().permalink(comment.postSlug());
        data.put("post", Map.of("id", comment.postId(), "title", comment.postTitle(),
                "url", blog.baseUrl() + permalink));
        data.put("url", blog.baseUrl() + permalink + "#comment-" + comment.commentId());
        queue.queue(WebhookEvent.COMMENT_ADDED, data);
    }

    private void post(long id, WebhookEvent event) {
        Post post = posts.findById(id).orElse(null);
        if (post == null || post.getKind() != PostKind.POST) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", post.getId());
        data.put("title", post.getTitle());
        data.put("slug", post.getSlug());
        data.put("url", blog.baseUrl() + Permalinks.post(post.getSlug()));
        data.put("status", post.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        data.put("visibility", post.getVisibility().name().toLowerCase(java.util.Locale.ROOT));
        data.put("trashed", post.isTrashed());
        data.put("publishedAt", post.getPublishedAt() == null ? null : post.getPublishedAt().toString());
        data.put("updatedAt", post.getUpdatedAt() == null ? null : post.getUpdatedAt().toString());
        data.put("author", post.getAuthor().getDisplayName());
        List<Map<String, String>> categories = new ArrayList<>();
        if (post.getCategory() != null) {
            categories.add(category(post.getCategory()));
        }
        post.getMoreCategories().forEach(more -> categories.add(category(more)));
        data.put("categories", categories);
        data.put("tags", post.getTags().stream().map(tag -> tag.getName()).toList());
        boolean everyone = post.getVisibility() == Visibility.PUBLIC;
        data.put("excerpt", everyone ? post.getExcerpt() : null);
        data.put("html", everyone ? post.getContentHtml() : null);
        queue.queue(event, data);
    }

    private static Map<String, String> category(Category category) {
        return Map.of("name", category.getName(), "slug", category.getSlug());
    }
}
