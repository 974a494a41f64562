/**
 * The words of what readers may find on the blog, with how often they occur: what a typo is corrected to, what
 * initial consonants stand for, and what the search box suggests while a reader types.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.search.words;

import org.jspecify.annotations.NullMarked;
