package dev.geul.comment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.geul.post.CommentCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class ApprovedCommentCounts implements CommentCounts {

    private final CommentRepository comments;

    ApprovedCommentCounts(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public Map<Long, Long> approvedCommentsPerPost(Collection<Long> postIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : comments.countApprovedPerPost(postIds)) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
