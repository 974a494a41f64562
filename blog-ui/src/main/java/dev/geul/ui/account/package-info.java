/**
 * Where authors and admins sign in.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.ui.account;

import org.jspecify.annotations.NullMarked;
