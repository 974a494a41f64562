package dev.geul.category;

import java.util.Map;

/**
 * Counts of what readers see per category. Implemented by the post package, which owns posts, so that
 * categories need not know how visibility is decided.
 */
public interface CategoryCounts {

    /** Category id to the number of posts readers see listed in it. */
    Map<Long, Long> visiblePostsPerCategory();
}
