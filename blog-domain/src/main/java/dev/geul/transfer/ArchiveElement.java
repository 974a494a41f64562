package dev.geul.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of a WXR file with what it holds: a channel's author, category or tag, or an item with its
 * comments. Small by nature; the file as a whole is never held like this.
 */
record ArchiveElement(WxrNamespace namespace, String name, Map<String, String> attributes, String text,
                  List<ArchiveElement> children) {

    boolean is(WxrNamespace ns, String localName) {
        return namespace == ns && name.equals(localName);
    }

    /** The text of the first child with this name, stripped; empty when there is none or it is blank. */
    Optional<String> child(WxrNamespace ns, String localName) {
        return first(ns, localName).map(ArchiveElement::text).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The text of the first child with this name as it is (content keeps its spacing); "" when there is none. */
    String raw(WxrNamespace ns, String localName) {
        return first(ns, localName).map(ArchiveElement::text).orElse("");
    }

    Optional<ArchiveElement> first(WxrNamespace ns, String localName) {
        return children.stream().filter(child -> child.is(ns, localName)).findFirst();
    }

    Stream<ArchiveElement> all(WxrNamespace ns, String localName) {
        return children.stream().filter(child -> child.is(ns, localName));
    }

    String attribute(String localName) {
        return attributes.getOrDefault(localName, "");
    }

    /** Meta entries ({@code wp:postmeta}, {@code wp:commentmeta}, {@code wp:termmeta}) as key to value. */
    Map<String, String> meta(String elementName) {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        all(WxrNamespace.WP, elementName).forEach(entry -> entry.child(WxrNamespace.WP, "meta_key")
                .ifPresent(key -> meta.putIfAbsent(key, entry.raw(WxrNamespace.WP, "meta_value"))));
        return meta;
    }

    static final class Builder {
        final WxrNamespace namespace;
        final String name;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<ArchiveElement> children = new ArrayList<>();

        Builder(WxrNamespace namespace, String name, Map<String, String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
        }

        ArchiveElement build() {
            return new ArchiveElement(namespace, name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
        }
    }
}
