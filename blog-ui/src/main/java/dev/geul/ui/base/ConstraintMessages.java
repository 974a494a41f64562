package dev.geul.ui.base;

import java.util.Locale;

import dev.geul.base.Violations;
import jakarta.validation.MessageInterpolator;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A constraint's message is a translation key ({@code {error.post.title}}); its text for the API's {@code error}
 * and the log is that key's English translation, whatever the request's language. Views translate the key
 * themselves ({@link Refusals}).
 */
@Configuration(proxyBeanMethods = false)
class ConstraintMessages {

    @Bean
    ValidationConfigurationCustomizer englishConstraintMessages(BlogI18NProvider translations) {
        return configuration -> configuration.messageInterpolator(
                new English(configuration.getDefaultMessageInterpolator(), translations));
    }

    record English(MessageInterpolator provider, BlogI18NProvider translations) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            String key = Violations.keyOf(template);
            if (key == null) {
                return provider.interpolate(template, context, Locale.ENGLISH);
            }
            String text = translations.getTranslation(key, Locale.ENGLISH,
                    Violations.args(context.getConstraintDescriptor()));
            return text.equals(BlogI18NProvider.MISSING + key) ? key : text;
        }
    }
}
