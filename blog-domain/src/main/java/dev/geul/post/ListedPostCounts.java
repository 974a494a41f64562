package dev.geul.post;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.geul.category.CategoryCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class ListedPostCounts implements CategoryCounts {

    private final PostRepository posts;
    private final Clock clock;

    ListedPostCounts(PostRepository posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public Map<Long, Long> visiblePostsPerCategory() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : posts.countListedPerCategory(clock.instant())) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
