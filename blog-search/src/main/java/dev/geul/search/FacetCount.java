package dev.geul.search;

/**
 * @param key   what to filter by: a category or tag slug, or a year
 * @param label what to show: the category or tag name, or the year
 */
public record FacetCount(String key, String label, long count) {
}
