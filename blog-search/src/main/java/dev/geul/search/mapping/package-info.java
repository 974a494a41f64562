/**
 * How a post goes into the search index, mapped here rather than on the entity: its text as readers see it, its
 * approved comments, and the fields that filters, facets and hits need.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.search.mapping;

import org.jspecify.annotations.NullMarked;
