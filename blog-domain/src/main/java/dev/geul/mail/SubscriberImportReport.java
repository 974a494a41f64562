package dev.geul.mail;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import of subscribers did: every line of the file is either imported or listed as refused, with why.
 *
 * @param confirmed imported as confirmed (the admin stated they consented): mailed nothing until the next post
 * @param pending   imported waiting for confirmation: each was queued a confirmation mail
 */
public record SubscriberImportReport(int confirmed, int pending, List<RefusedLine> refused) {

    public SubscriberImportReport {
        refused = List.copyOf(refused);
    }

    public int imported() {
        return confirmed + pending;
    }

    /** Why a line of the file was not imported. */
    public enum Reason {
        /** Not an e-mail address. */
        INVALID_ADDRESS,
        /** The same address (and category) came earlier in the file. */
        DUPLICATE_IN_FILE,
        /** The address is already subscribed (confirmed or waiting) to that. */
        ALREADY_SUBSCRIBED,
        /** The address unsubscribed from that; an import does not subscribe it again. */
        UNSUBSCRIBED_BEFORE,
        /** The category column names no category of the blog. */
        UNKNOWN_CATEGORY
    }

    /** @param line the line's number in the file, the header being line 1 */
    public record RefusedLine(long line, String email, @Nullable String category, Reason reason) {
    }
}
