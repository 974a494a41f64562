/**
 * The pages readers see, rendered by the server in the blog's theme: posts and pages with their comments, lists by
 * category, tag and archive, search, subscriptions and the mails that confirm them, with the caches that keep
 * a page everyone sees alike and the checks of the forms readers send.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.reader;

import org.jspecify.annotations.NullMarked;
