package dev.geul.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns titles into URL slugs. Letters of every script are kept as they are, so a Korean title keeps
 * its Hangul ("나의 2023년 회고" becomes "나의-2023년-회고"); browsers show such paths readably.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(normalized.length());
        boolean pendingDash = false;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                if (pendingDash && !slug.isEmpty()) {
                    slug.append('-');
                }
                pendingDash = false;
                slug.appendCodePoint(codePoint);
            } else {
                pendingDash = true;
            }
        }
        return truncate(slug.toString(), MAX_LENGTH - 10);
    }

    /** The slug for {@code text}, or {@code fallback} when nothing of the text is left, made unique with -2, -3, ... */
    public static String unique(String text, String fallback, Predicate<String> taken) {
        String base = slugify(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /**
     * A slug brought from elsewhere (an import): kept as it is when it already is one (letters, digits, marks,
     * '-' and '_'), otherwise made into one.
     */
    public static String keepOrSlugify(String slug) {
        if (slug == null) {
            return "";
        }
        String normalized = Normalizer.normalize(slug.strip(), Normalizer.Form.NFC);
        if (!normalized.isEmpty() && normalized.length() <= MAX_LENGTH
                && normalized.matches("[\\p{L}\\p{N}\\p{M}_-]+") && !normalized.matches("[-_]+")) {
            return normalized;
        }
        return slugify(normalized);
    }

    /** {@code slug} itself when it is free, otherwise the first free of slug-2, slug-3, ... */
    public static String makeUnique(String slug, Predicate<String> taken) {
        if (!taken.test(slug)) {
            return slug;
        }
        String base = truncate(slug, MAX_LENGTH - 10);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.replaceAll("-+$", "");
    }
}
