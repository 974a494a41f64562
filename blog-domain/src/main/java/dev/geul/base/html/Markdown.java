package dev.geul.base.html;

import java.util.List;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A post's text as Markdown and back: Markdown to HTML with CommonMark (and GitHub's tables and strikethrough),
 * HTML to Markdown with flexmark. The HTML is not yet sanitized: it goes through {@link HtmlSanitizer} when it is
 * saved, as every post's HTML does.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final FlexmarkHtmlConverter TO_MARKDOWN = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }

    public static String fromHtml(String html) {
        return html == null || html.isBlank() ? "" : TO_MARKDOWN.convert(html).strip() + "\n";
    }
}
