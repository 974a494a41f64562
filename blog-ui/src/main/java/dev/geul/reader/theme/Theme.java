package dev.geul.reader.theme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.jspecify.annotations.Nullable;

/**
 * One theme: Mustache templates (a page's own template inside {@code layout}, partials by {@code {{> name}}}) and
 * its stylesheet. Templates escape every value; in a built-in theme a value written with three braces
 * ({@code {{{post.bodyHtml}}}}) goes out as it is, and the pages give only HTML made safe before there (a post's
 * sanitized text, a search snippet). A theme an admin uploads is trusted less: it writes {@link SafeHtml} as it is
 * and escapes everything else whatever its braces, and a partial it does not have and classic does not give
 * renders nothing.
 */
public final class Theme {

    static final String LAYOUT = "layout";

    private final String name;
    private final String css;
    private final @Nullable String filesUrl;
    private final Mustache.Compiler compiler;
    private final Map<String, Template> compiled = new java.util.concurrent.ConcurrentHashMap<>();
    private final Function<String, @Nullable String> sources;
    private final @Nullable Theme fallback;

    /** @param sources a template's text by name ({@code post}), or null when the theme has none by that name */
    Theme(String name, String css, Function<String, @Nullable String> sources) {
        this(name, css, null, sources, Mustache.compiler().escapeHTML(true)
                .withLoader(partial -> new java.io.StringReader(source(name, sources, partial))), null);
    }

    private Theme(String name, String css, @Nullable String filesUrl, Function<String, @Nullable String> sources,
                  Mustache.Compiler compiler, @Nullable Theme fallback) {
        this.name = name;
        this.fallback = fallback;
        this.css = css;
        this.filesUrl = filesUrl;
        this.sources = sources;
        this.compiler = compiler.defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true)
                .withCollector(new DataOnlyCollector());
    }

    /**
     * A theme an admin uploaded.
     *
     * @param filesUrl where its images and fonts are served, ending in {@code /}
     * @param fallback what renders a page the theme fails to (a partial that includes itself without end)
     */
    static Theme uploaded(String name, String css, String filesUrl, Function<String, @Nullable String> sources,
                          Theme fallback) {
        Mustache.Compiler compiler = Mustache.compiler().withEscaper(Escapers.NONE)
                .withFormatter(Theme::escapedUnlessSafe)
                .withLoader(partial -> new java.io.StringReader(orEmpty(sources.apply(partial))));
        return new Theme(name, css, filesUrl, sources, compiler, fallback);
    }

    public String name() {
        return name;
    }

    /** The theme's stylesheet ({@code theme.css}). */
    public String css() {
        return css;
    }

    /** Where an uploaded theme's images and fonts are served (ending in {@code /}); null for a built-in theme. */
    public @Nullable String filesUrl() {
        return filesUrl;
    }

    /**
     * The whole page: the page's template with {@code model}, then the layout around it with the same model and
     * the page's HTML as {@code content}.
     *
     * @param model a record or map of records, lists and text ({@link TemplateData})
     */
    public String render(String template, Map<String, Object> model) {
        if (fallback == null) {
            return renderOwn(template, model);
        }
        try {
            return renderOwn(template, model);
        } catch (RuntimeException | StackOverflowError failed) {
            org.slf4j.LoggerFactory.getLogger(Theme.class).warn("The uploaded theme {} failed to render {} ({}): "
                    + "the page is rendered with {}", name, template, failed.toString(), fallback.name());
            return fallback.render(template, model);
        }
    }

    private String renderOwn(String template, Map<String, Object> model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) TemplateData.of(model));
        data.put("content", new SafeHtml(template(template).execute(data)));
        return template(LAYOUT).execute(data);
    }

    boolean has(String template) {
        return sources.apply(template) != null;
    }

    private Template template(String template) {
        return compiled.computeIfAbsent(template, missing -> compiler.compile(source(name, sources, missing)));
    }

    private static String source(String name, Function<String, @Nullable String> sources, String template) {
        String source = sources.apply(template);
        if (source == null) {
            throw new IllegalStateException("Theme " + name + " has no template " + template);
        }
        return source;
    }

    private static String orEmpty(@Nullable String source) {
        return source == null ? "" : source;
    }

    private static String escapedUnlessSafe(Object value) {
        String text = String.valueOf(value);
        return value instanceof SafeHtml ? text : Escapers.HTML.escape(text);
    }
}
