package dev.geul.mail;

import org.jspecify.annotations.Nullable;

/**
 * A subscription was made that waits for its confirmation mail (an import); published inside the transaction that
 * stored it, for the web layer to queue the mail in its words.
 *
 * @param categoryName the category subscribed to, or null for the whole blog
 */
public record ConfirmationDue(String address, String token, @Nullable String categoryName) {
}
