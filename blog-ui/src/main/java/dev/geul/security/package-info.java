/**
 * Who may come in: the API's door (HTTP Basic or a personal token, stateless) and the site's (form sign-in for the
 * studio), a throttle that slows password guessing, and the end of a session whose sign-in no longer holds.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.security;

import org.jspecify.annotations.NullMarked;
