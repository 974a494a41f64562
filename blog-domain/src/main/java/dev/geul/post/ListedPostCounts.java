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
            counts.merge((Long) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        // posts are counted in each of their categories, the main one and the others
        for (Object[] row : posts.countListedPerMoreCategory(clock.instant())) {
            counts.merge((Long) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }
}
