/**
 * The blog as a whole: how it looks (themes built in and uploaded, colours, the writer's profile), and the notice
 * every node hears when a reader page must be made again.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.site;

import org.jspecify.annotations.NullMarked;
