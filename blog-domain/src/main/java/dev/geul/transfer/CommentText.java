package dev.geul.transfer;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A comment of an archive as geul stores comments, in plain text: WordPress and Tistory both keep a comment as
 * HTML.
 */
public final class CommentText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "table", "tr");

    private CommentText() {
    }

    /**
     * A comment's HTML as the plain text geul stores: paragraphs and line breaks become newlines, entities
     * characters, a link's address is kept after its text.
     */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html.replace("\r\n", "\n")).body();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String whole = textNode.getWholeText();
                    // "<br />" and a newline after it are one line break
                    if (whole.startsWith("\n") && textNode.previousSibling() instanceof Element previous
                            && previous.nameIs("br")) {
                        whole = whole.substring(1);
                    }
                    text.append(whole);
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        text.append("\n\n");
                    } else if (element.nameIs("a")) {
                        String href = element.attr("href").strip();
                        if ((href.startsWith("http://") || href.startsWith("https://"))
                                && !element.text().strip().equals(href)) {
                            text.append(" (").append(href).append(')');
                        }
                    }
                }
            }
        }, body);
        // block elements leave blank lines behind; plain text keeps the lines its writer typed
        boolean blocks = !body.select(String.join(",", BLOCKS)).isEmpty();
        return (blocks ? text.toString().replaceAll("\\n{3,}", "\n\n") : text.toString()).strip();
    }
}
