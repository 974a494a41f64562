package dev.geul.ui.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers of each language expect them: 2023.06.30 in Korean, Jun 30, 2023 in English. */
public final class Formats {

    private static final DateTimeFormatter KOREAN_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");
    private static final DateTimeFormatter KOREAN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = isKorean(locale) ? KOREAN_DATE
                : DateTimeFormatter.ofPattern("MMM d, yyyy", locale);
        return format.format(instant.atZone(zone));
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = isKorean(locale) ? KOREAN_DATE_TIME
                : DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", locale);
        return format.format(instant.atZone(zone));
    }

    /** A time of day, for "saved at" lines. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public static boolean isKorean(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage());
    }
}
