package dev.geul.ui.media;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a file's bytes a reader asked for ({@code Range: bytes=first-last}, RFC 9110 §14). Only a single
 * range is served; a request for several, or one that does not parse, gets the whole file, as the RFC allows.
 *
 * @param first the first byte's offset
 * @param last  the last byte's offset (inclusive); below {@code first} when the range starts past the end
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    static ByteRange whole(long size) {
        return new ByteRange(0, size - 1);
    }

    /**
     * The range a request asks for, unless it asks for none, for several, or for a version of the file other than
     * this one ({@code If-Range} naming another tag or date).
     */
    static Optional<ByteRange> requested(String range, String ifRange, String tag, Instant lastModified, long size) {
        if (range == null || !stillTheSameFile(ifRange, tag, lastModified)) {
            return Optional.empty();
        }
        Matcher single = SINGLE.matcher(range.strip());
        if (!single.matches() || single.group(1).isEmpty() && single.group(2).isEmpty()) {
            return Optional.empty();
        }
        try {
            if (single.group(1).isEmpty()) {
                long suffix = Long.parseLong(single.group(2));
                if (suffix == 0) {
                    return Optional.of(new ByteRange(size, size - 1));
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(single.group(1));
            long last = single.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(single.group(2)), size - 1);
            if (!single.group(2).isEmpty() && Long.parseLong(single.group(2)) < first) {
                return Optional.empty();
            }
            return Optional.of(first >= size ? new ByteRange(first, first - 1) : new ByteRange(first, last));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    boolean satisfiable() {
        return last >= first;
    }

    long length() {
        return last - first + 1;
    }

    String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    private static boolean stillTheSameFile(String ifRange, String tag, Instant lastModified) {
        if (ifRange == null) {
            return true;
        }
        String condition = ifRange.strip();
        if (condition.equals(tag)) {
            return true;
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(condition))
                    .equals(lastModified.truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
