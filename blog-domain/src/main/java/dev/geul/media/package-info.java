/**
 * Images a writer uploads or an import brings home: checked to be images, stored under names of their own, and
 * served in the narrower copies phones ask for.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.media;

import org.jspecify.annotations.NullMarked;
