package dev.geul.site;

import java.util.Map;

/**
 * What reader pages need of an uploaded theme: its templates by name ({@code post}), its stylesheet (empty when it
 * has none) and its revision, which the addresses of its files carry.
 */
public record ThemeContent(String name, long revision, Map<String, String> templates, String css) {
}
