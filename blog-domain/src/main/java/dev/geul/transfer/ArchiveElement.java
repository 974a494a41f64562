package dev.geul.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of an XML archive with what it holds: a WXR channel's author, category or tag, or an item with its
 * comments; a Tistory backup's category tree, or a post with its comments and attachments. Small by nature; the
 * file as a whole is never held like this.
 */
public record ArchiveElement(ArchiveNamespace namespace, String name, Map<String, String> attributes, String text,
                  List<ArchiveElement> children) {

    boolean is(ArchiveNamespace ns, String localName) {
        return namespace == ns && name.equals(localName);
    }

    /** The text of the first child with this name, stripped; empty when there is none or it is blank. */
    public Optional<String> child(ArchiveNamespace ns, String localName) {
        return first(ns, localName).map(ArchiveElement::text).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The text of the first child with this name as it is (content keeps its spacing); "" when there is none. */
    public String raw(ArchiveNamespace ns, String localName) {
        return first(ns, localName).map(ArchiveElement::text).orElse("");
    }

    public Optional<ArchiveElement> first(ArchiveNamespace ns, String localName) {
        return children.stream().filter(child -> child.is(ns, localName)).findFirst();
    }

    public Stream<ArchiveElement> all(ArchiveNamespace ns, String localName) {
        return children.stream().filter(child -> child.is(ns, localName));
    }

    public String attribute(String localName) {
        return attributes.getOrDefault(localName, "");
    }

    /** Meta entries ({@code wp:postmeta}, {@code wp:commentmeta}, {@code wp:termmeta}) as key to value. */
    public Map<String, String> meta(String elementName) {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        all(ArchiveNamespace.WP, elementName).forEach(entry -> entry.child(ArchiveNamespace.WP, "meta_key")
                .ifPresent(key -> meta.putIfAbsent(key, entry.raw(ArchiveNamespace.WP, "meta_value"))));
        return meta;
    }

    static final class Builder {
        final ArchiveNamespace namespace;
        final String name;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<ArchiveElement> children = new ArrayList<>();

        Builder(ArchiveNamespace namespace, String name, Map<String, String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
        }

        ArchiveElement build() {
            return new ArchiveElement(namespace, name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
        }
    }
}
