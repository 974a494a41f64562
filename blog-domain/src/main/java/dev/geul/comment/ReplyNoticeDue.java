package dev.geul.comment;

import dev.geul.post.PostKind;
import org.jspecify.annotations.Nullable;

/**
 * A reply was published to a comment whose guest asked to be mailed replies. Published inside the transaction that
 * stored the reply, so the mail queued for it shares that transaction's fate. The address goes nowhere but the mail.
 *
 * @param unsubscribeToken the key of the link that stops further mails for that comment
 * @param replyText        the reply's text, or null for a secret reply, which the mail does not quote
 */
public record ReplyNoticeDue(String recipient, String unsubscribeToken, String recipientName, PostKind postKind,
                             String postSlug, String postTitle, long replyId, String replyAuthor,
                             @Nullable String replyText) {
}
