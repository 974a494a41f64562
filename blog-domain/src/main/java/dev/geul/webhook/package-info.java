/**
 * Webhooks: endpoints an admin registers, told of what happens on the blog, tried again with backoff.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.webhook;

import org.jspecify.annotations.NullMarked;
