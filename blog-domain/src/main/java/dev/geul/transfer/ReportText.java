package dev.geul.transfer;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A line of an import's report, or a part of one, as a message key with its arguments, so the studio and API clients
 * say it in their reader's language; {@link #text()} is the same in English, for the API's plain fields and the log.
 *
 * @param key  the translation of the line, e.g. {@code transfer.what.file}, its arguments as {@code {0}}...
 * @param args the file names, titles, numbers and reasons the line names; a part that is itself said in words
 *             (a post's label inside "the file x of post y") is a {@code ReportText} too
 * @param text the line in English
 */
public record ReportText(String key, List<Object> args, String text) {

    public ReportText {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    /**
     * @param english the line in English, a {@link MessageFormat} pattern when there are arguments (an apostrophe
     *                is then written twice), as the English translation of {@code key} writes it
     */
    public static ReportText of(String key, String english, Object... args) {
        Object[] shown = Arrays.stream(args).map(arg -> arg instanceof ReportText part ? part.text() : arg)
                .toArray();
        String text = args.length == 0 ? english : new MessageFormat(english, Locale.ENGLISH).format(shown);
        return new ReportText(key, Arrays.asList(args.clone()), text);
    }

    /** A line that names no more than its key says. */
    public static ReportText of(String key, String english) {
        return of(key, english, new Object[0]);
    }

    @Override
    public String toString() {
        return text;
    }
}
