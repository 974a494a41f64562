package dev.geul.search.mapping;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;

/**
 * Indexes a post's HTML as the text a reader sees, so tags and attributes are neither found nor highlighted
 * and the stored text can be shown (escaped) in snippets.
 */
final class HtmlTextBridge implements ValueBridge<String, String> {

    @Override
    public @Nullable String toIndexedValue(@Nullable String html, ValueBridgeToIndexedValueContext context) {
        return html == null || html.isBlank() ? null : Jsoup.parseBodyFragment(html).text();
    }

    @Override
    public boolean isCompatibleWith(ValueBridge<?, ?> other) {
        return getClass().equals(other.getClass());
    }
}
