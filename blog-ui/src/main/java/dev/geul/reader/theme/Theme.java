package dev.geul.reader.theme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * One theme: Mustache templates (a page's own template inside {@code layout}, partials by {@code {{> name}}}) and
 * its stylesheet. Templates escape every value; only a value written with three braces ({@code {{{post.body}}}})
 * goes out as it is, and the pages give only HTML made safe before (a post's sanitized text, a search snippet).
 */
public final class Theme {

    static final String LAYOUT = "layout";

    private final String name;
    private final String css;
    private final Mustache.Compiler compiler;
    private final Map<String, Template> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    private final Function<String, String> sources;

    /** @param sources a template's text by name ({@code post}), or null when the theme has none by that name */
    Theme(String name, String css, Function<String, String> sources) {
        this.name = name;
        this.css = css;
        this.sources = sources;
        this.compiler = Mustache.compiler()
                .escapeHTML(true)
                .defaultValue("")
                .emptyStringIsFalse(true)
                .zeroIsFalse(true)
                .withCollector(new DataOnlyCollector())
                .withLoader(partial -> new java.io.StringReader(source(partial)));
    }

    public String name() {
        return name;
    }

    /** The theme's stylesheet ({@code theme.css}). */
    public String css() {
        return css;
    }

    /**
     * The whole page: the page's template with {@code model}, then the layout around it with the same model and
     * the page's HTML as {@code content}.
     *
     * @param model a record or map of records, lists and text ({@link TemplateData})
     */
    public String render(String template, Map<String, Object> model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) TemplateData.of(model));
        data.put("content", template(template).execute(data));
        return template(LAYOUT).execute(data);
    }

    boolean has(String template) {
        return sources.apply(template) != null;
    }

    private Template template(String template) {
        return compiled.computeIfAbsent(template, missing -> compiler.compile(source(missing)));
    }

    private String source(String template) {
        String source = sources.apply(template);
        if (source == null) {
            throw new IllegalArgumentException("Theme " + name + " has no template " + template);
        }
        return source;
    }
}
