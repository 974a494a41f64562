package dev.geul.transfer.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.base.html.Markdown;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Posts as Markdown files with YAML front matter, the layout Jekyll and Hugo read; the text converts as
 * {@link Markdown} does. Front matter is read with SnakeYAML's safe constructor, which builds maps, lists and scalars
 * only.
 */
final class MarkdownFormat {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---\\r?\\n?(.*)\\z",
            Pattern.DOTALL);

    /** A Markdown file: its front matter (a key given without a value holds null) and its text. */
    record Document(Map<String, @Nullable Object> frontMatter, String markdown) {
    }

    String toMarkdown(String html) {
        return Markdown.fromHtml(html);
    }

    String toHtml(String markdown) {
        return Markdown.toHtml(markdown);
    }

    String write(Map<String, Object> frontMatter, String markdown) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        String yaml = new Yaml(new Representer(options), options).dump(frontMatter);
        return "---\n" + yaml + "---\n\n" + markdown;
    }

    /** The file's front matter (empty when it has none, or when it is not a YAML map) and its text. */
    Document read(String file) {
        Matcher matcher = FRONT_MATTER.matcher(file);
        if (!matcher.matches()) {
            return new Document(Map.of(), file);
        }
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(matcher.group(1));
        Map<String, @Nullable Object> frontMatter = new LinkedHashMap<>();
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((key, value) -> frontMatter.put(String.valueOf(key), value));
        }
        return new Document(frontMatter, matcher.group(2));
    }
}
