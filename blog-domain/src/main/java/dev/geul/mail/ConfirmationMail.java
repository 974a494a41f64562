package dev.geul.mail;

import org.jspecify.annotations.Nullable;

/** Makes the mail that asks an address to confirm a subscription; the web layer knows the links and the words. */
@FunctionalInterface
public interface ConfirmationMail {

    /**
     * @param token        the subscription's token, for its confirm and unsubscribe links
     * @param categoryName the category subscribed to, or null for the whole blog
     */
    OutgoingMail make(String address, String token, @Nullable String categoryName);
}
