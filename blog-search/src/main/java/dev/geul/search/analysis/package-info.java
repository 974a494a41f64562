/**
 * Korean text as search reads it: nori with the blog's user dictionary, the prefixes of Hangul words, the nouns a
 * word starts with, and the letters (jamo) and keys of what readers type, for Lucene and Elasticsearch alike.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.search.analysis;

import org.jspecify.annotations.NullMarked;
