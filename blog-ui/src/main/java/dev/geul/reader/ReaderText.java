package dev.geul.reader;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Words of the reader pages, in the blog's language ({@code geul.reader.language}: Korean unless set to
 * {@code en}), from the same translations as the studio. One language a blog, not one a reader: every reader
 * then gets the same page, which caches can share.
 */
@Component
public class ReaderText {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Locale locale;
    private final ResourceBundle bundle;

    ReaderText(@Value("${geul.reader.language:ko}") String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.KOREAN;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale == Locale.KOREAN ? Locale.KOREAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
