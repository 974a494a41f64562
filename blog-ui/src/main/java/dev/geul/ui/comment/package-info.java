/**
 * The comment writer a reader page frames: a Vaadin component exported as a web component, which asks the same
 * services as the page's plain form.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.ui.comment;

import org.jspecify.annotations.NullMarked;
