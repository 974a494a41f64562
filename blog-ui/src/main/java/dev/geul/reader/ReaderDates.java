package dev.geul.reader;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.geul.base.BlogProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dates as the blog's readers write them: 2023.06.30 in Korean, Jun 30, 2023 in English; in the blog's zone. */
@Component
class ReaderDates {

    private final BlogProperties blog;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    ReaderDates(BlogProperties blog, ReaderText text) {
        this.blog = blog;
        boolean korean = text.locale().getLanguage().equals("ko");
        this.date = korean ? DateTimeFormatter.ofPattern("yyyy.MM.dd")
                : DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
        this.dateTime = korean ? DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm")
                : DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);
    }

    String date(@Nullable Instant instant) {
        return instant == null ? "" : date.format(instant.atZone(blog.timeZone()));
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atZone(blog.timeZone()));
    }

    static String iso(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
