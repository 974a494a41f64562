package dev.geul.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Posts as Markdown files with YAML front matter, the layout Jekyll and Hugo read: HTML to Markdown with flexmark,
 * Markdown to HTML with CommonMark (GitHub's tables and strikethrough). Front matter is read with SnakeYAML's safe
 * constructor, which builds maps, lists and scalars only.
 */
final class MarkdownFormat {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---\\r?\\n?(.*)\\z",
            Pattern.DOTALL);
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create());

    private final FlexmarkHtmlConverter toMarkdown = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')).build();
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** A Markdown file: its front matter and its text. */
    record Document(Map<String, Object> frontMatter, String markdown) {
    }

    String toMarkdown(String html) {
        return html == null || html.isBlank() ? "" : toMarkdown.convert(html).strip() + "\n";
    }

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
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
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((key, value) -> frontMatter.put(String.valueOf(key), value));
        }
        return new Document(frontMatter, matcher.group(2));
    }
}
