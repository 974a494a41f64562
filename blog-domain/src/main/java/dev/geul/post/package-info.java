/**
 * Posts and pages: writing them (drafts, saves and autosaves, publishing and scheduling, the trash), their history
 * of saves, reading them as readers may (one post, the lists, a protected post opened with its password), tags,
 * 공감, and moving them in and out of the blog.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.post;

import org.jspecify.annotations.NullMarked;
