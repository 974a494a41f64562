/**
 * Writers and their sign-in: accounts with roles, passwords hashed, profiles readers see, and API tokens.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.account;

import org.jspecify.annotations.NullMarked;
