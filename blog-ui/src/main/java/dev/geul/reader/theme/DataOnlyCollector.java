package dev.geul.reader.theme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.BasicCollector;

/**
 * What a template may look into: maps, lists and arrays, nothing else. Mustache's default collector calls any
 * method a name matches ({@code {{title.class.classLoader}}}); this one never reflects, so a theme an admin
 * uploads reads the page's data and cannot reach the code behind it.
 */
final class DataOnlyCollector extends BasicCollector {

    @Override
    public <K, V> Map<K, V> createFetcherCache() {
        return new ConcurrentHashMap<>();
    }
}
