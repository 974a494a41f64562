package dev.geul.base.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A post's text as Markdown and back: Markdown to HTML with CommonMark (and GitHub's tables and strikethrough),
 * HTML to Markdown with flexmark. The HTML is not yet sanitized: it goes through {@link HtmlSanitizer} when it is
 * saved, as every post's HTML does.
 *
 * <p>HTML to Markdown and back changes nothing a reader sees: each block of the text is written as Markdown only
 * when that Markdown reads back as the same block ({@link HtmlOutline}); a block Markdown cannot say (a fold, a
 * figure with its caption, a table with a caption, an empty line) stays HTML, which Markdown keeps as it is. Code
 * blocks are fenced with their language.
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
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        java.util.Objects.requireNonNull(body.ownerDocument()).outputSettings().prettyPrint(false);
        for (Element lineBreak : body.select("br")) {
            // a line starts after <br>: the spaces and newline written there are not shown, and would read as a
            // paragraph break in Markdown
            if (lineBreak.nextSibling() instanceof TextNode next && lineBreak.closest("pre") == null) {
                next.text(next.getWholeText().replaceFirst("^[ \\t\\r\\n]+", ""));
            }
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof Element element && !HtmlOutline.INLINE.contains(element.normalName())) {
                addBlock(blocks, loose.toString());
                loose.setLength(0);
                addBlock(blocks, element.outerHtml());
            } else {
                loose.append(node instanceof TextNode text ? text.outerHtml() : node.outerHtml());
            }
        }
        addBlock(blocks, loose.toString());
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    private static void addBlock(List<String> blocks, String html) {
        if (html.isBlank()) {
            return;
        }
        String markdown = html.startsWith("<pre") ? fenced(html) : TO_MARKDOWN.convert(html).strip();
        if (markdown != null && !markdown.isEmpty() && HtmlOutline.of(toHtml(markdown)).equals(HtmlOutline.of(html))) {
            blocks.add(markdown);
        } else {
            blocks.add(asHtmlBlock(html));
        }
    }

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    /** A code block as a fence of backticks, longer than any run of them in the code, with its language. */
    private static @Nullable String fenced(String html) {
        Element pre = Jsoup.parseBodyFragment(html).body().selectFirst("pre");
        Element code = pre == null ? null : pre.selectFirst("> code");
        if (pre == null || code == null || pre.childrenSize() != 1) {
            return null;
        }
        String text = pre.wholeText();
        int longest = 2;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(longest + 1);
        String language = code.className().startsWith("language-") ? code.className().substring(9) : "";
        return fence + language + "\n" + (text.endsWith("\n") ? text : text + "\n") + fence;
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\n([ \\t]*)\n");

    /**
     * HTML as Markdown keeps it: a block of HTML ends at a blank line, so a blank line inside (in a code block)
     * is written with a character reference for its line break, which reads the same.
     */
    private static String asHtmlBlock(String html) {
        String block = html.strip();
        String before;
        do {
            before = block;
            block = BLANK_LINE.matcher(block).replaceAll("\n$1&#10;");
        } while (!block.equals(before));
        return block;
    }
}
