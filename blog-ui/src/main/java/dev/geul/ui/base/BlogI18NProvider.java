package dev.geul.ui.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/**
 * English and Korean. A browser asking for Korean gets Korean; every other reader gets English, the first
 * locale listed here. Korean particles written in their double form after an argument ({@code {0}(으)로}) are
 * chosen by the argument ({@link KoreanParticles}).
 */
@Component
class BlogI18NProvider implements I18NProvider {

    /** What a key missing in the bundle is shown as, before the key. */
    static final String MISSING = "!";
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.KOREAN);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            String text = params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
            // a name given to a Korean message decides its particles: 민지로, 지훈으로
            return wanted == Locale.KOREAN ? KoreanParticles.resolve(text) : text;
        } catch (MissingResourceException e) {
            return MISSING + key;
        }
    }
}
