/**
 * The JSON API under {@code /api}: posts, authoring, comments, media, themes, subscribers, tokens, statistics,
 * backups and transfers, with one error shape ({@link dev.geul.web.api.ApiProblem}) for everything it refuses.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.web.api;

import org.jspecify.annotations.NullMarked;
