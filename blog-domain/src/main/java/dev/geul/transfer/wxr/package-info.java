/**
 * WordPress's export (WXR 1.0 to 1.2), read and written: the import, the export geul's own import reads back
 * whole, and a site's uploads folder brought in as a zip.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.transfer.wxr;

import org.jspecify.annotations.NullMarked;
