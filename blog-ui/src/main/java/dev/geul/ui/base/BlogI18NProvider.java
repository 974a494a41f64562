package dev.geul.ui.base;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * English and Korean. A browser asking for Korean gets Korean; every other reader gets English, the first
 * locale listed here. The words come from each module's messages ({@code spring.messages.basename}): the studio's
 * and the reader pages' own, what the services say ({@code messages/domain}) and what search says
 * ({@code messages/search}). Korean particles written in their double form after an argument ({@code {0}(으)로})
 * are chosen by the argument ({@link KoreanParticles}).
 */
@Component
class BlogI18NProvider implements I18NProvider {

    /** What a key missing in the bundle is shown as, before the key. */
    static final String MISSING = "!";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private final MessageSource messages;

    BlogI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ROOT;
        try {
            String text = messages.getMessage(key, params.length == 0 ? null : params, wanted);
            // a name given to a Korean message decides its particles: 민지로, 지훈으로
            return wanted == Locale.KOREAN ? KoreanParticles.resolve(text) : text;
        } catch (NoSuchMessageException e) {
            return MISSING + key;
        }
    }
}
