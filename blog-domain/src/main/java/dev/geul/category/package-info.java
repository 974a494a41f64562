/**
 * Categories: a tree an admin arranges, each with its address, and the categories an import brings.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.category;

import org.jspecify.annotations.NullMarked;
