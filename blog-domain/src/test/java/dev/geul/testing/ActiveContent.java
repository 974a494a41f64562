package dev.geul.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Finds what a browser would run or load in a piece of HTML: script-capable elements, event handlers, styles,
 * and script or data URLs. An empty list means the HTML is inert.
 */
public final class ActiveContent {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea",
            "select", "template", "audio", "video", "source", "track", "xml", "xss", "body", "html", "head",
            "marquee", "isindex", "portal", "bgsound", "layer", "ilayer");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "cite",
            "background", "poster", "data", "dynsrc", "lowsrc", "srcset", "xlink:href", "codebase");

    private ActiveContent() {
    }

    public static List<String> in(String html) {
        List<String> found = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = element.normalName();
            if (element == element.ownerDocument().body()) {
                continue;
            }
            if (ACTIVE_ELEMENTS.contains(tag)) {
                found.add("<" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cc}]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    found.add(tag + "[" + name + "]");
                }
                if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("data:")
                        || value.startsWith("vbscript:") || value.startsWith("livescript:")
                        || value.contains("&#") || value.startsWith("mocha:"))) {
                    found.add(tag + "[" + name + "=" + attribute.getValue() + "]");
                }
            }
        }
        return found;
    }
}
