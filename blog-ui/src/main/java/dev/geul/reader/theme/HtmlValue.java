package dev.geul.reader.theme;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page model's text that is HTML made safe before (sanitized, or escaped where it was built): a theme writes
 * it as it is ({@link SafeHtml}). Any other text is escaped in an uploaded theme, even inside three braces.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface HtmlValue {
}
