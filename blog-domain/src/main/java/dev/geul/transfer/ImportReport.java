package dev.geul.transfer;

import java.util.List;

/**
 * What an import brought in and what it left out.
 *
 * @param posts           posts added
 * @param pages           pages added
 * @param comments        comments added
 * @param mentions        pingbacks and trackbacks added, kept as mentions of their posts
 * @param categories      categories added (ones that already existed, by slug, are not counted)
 * @param tags            tags added
 * @param authors         accounts added for the archive's writers (as authors, with a password nobody knows:
 *                        an admin sets one before they sign in)
 * @param attachments     media files the archive names
 * @param media           media files stored in the blog's media, posts linking to them there
 * @param alreadyImported posts and pages an earlier import of the same archive brought in; left as they are
 * @param notes           what the person importing should know beyond counts, e.g. a choice the archive left to them
 *                        (in English)
 * @param skipped         what was left out and why
 * @param attachmentUrls  the addresses of media files that stay where they were, posts linking to them there (the
 *                        first {@value ImportReport#MAX_LISTED} of them)
 * @param noteMessages    the notes by message key, for the reader's language
 */
public record ImportReport(int posts, int pages, int comments, int mentions, int categories, int tags, int authors,
                           int attachments, int media, int alreadyImported, List<String> notes,
                           List<Skipped> skipped, List<String> attachmentUrls, List<ReportText> noteMessages) {

    /** Lists in a report are cut here, so a huge archive with many problems still gives a readable answer. */
    public static final int MAX_LISTED = 1000;

    /**
     * @param what        which part of the archive, e.g. {@code pingback on "Hello world"}, in English
     * @param why         in words a person understands, in English
     * @param whatMessage the same by message key, for the reader's language
     * @param whyMessage  the same by message key, for the reader's language
     */
    public record Skipped(String what, String why, ReportText whatMessage, ReportText whyMessage) {

        public Skipped(ReportText what, ReportText why) {
            this(what.text(), why.text(), what, why);
        }
    }
}
