/**
 * The embedded PostgreSQL a blog runs on by default: its real binaries, its data folder and password file,
 * readable by the blog's account alone.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.base.database;

import org.jspecify.annotations.NullMarked;
