package dev.geul.reader;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Words of the reader pages, in the blog's language ({@code geul.reader.language}: Korean unless set to
 * {@code en}), from the same messages as the studio. One language a blog, not one a reader: every reader
 * then gets the same page, which caches can share.
 */
@Component
public class ReaderText {

    private final Locale locale;
    private final MessageSource messages;

    ReaderText(@Value("${geul.reader.language:ko}") String language, MessageSource messages) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.KOREAN;
        this.messages = messages;
    }

    public Locale locale() {
        return locale;
    }

    /** The page's {@code lang}: {@code ko} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }

    public String getTranslation(String key, Object... args) {
        try {
            return messages.getMessage(key, args.length == 0 ? null : args,
                    locale == Locale.KOREAN ? Locale.KOREAN : Locale.ROOT);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }
}
