package dev.geul.post;

import java.util.Collection;
import java.util.Map;

/**
 * Approved comments per post. Implemented by the comment package (which depends on posts, not the reverse),
 * so summaries carry the count Tistory's footer lacks without a query per post.
 */
public interface CommentCounts {

    Map<Long, Long> approvedCommentsPerPost(Collection<Long> postIds);
}
