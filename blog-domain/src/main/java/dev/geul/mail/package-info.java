/**
 * Mail the blog sends: subscriptions with double opt-in, a new post to its subscribers, notices of replies, all
 * through an outbox that a round of sending empties and tries again.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.mail;

import org.jspecify.annotations.NullMarked;
