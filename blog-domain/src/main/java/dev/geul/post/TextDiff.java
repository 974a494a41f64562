package dev.geul.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What changed between two texts of a post, word by word, as a reader sees the text: markup is left out,
 * paragraphs stay apart. A Korean word is what stands between spaces (회사에서 with its particle), as Korean is
 * written and read; java-diff-utils finds the fewest words to add and remove.
 *
 * <p>What is not words shows as a marker of its own, so a fold, a figure, a table, an image or a code block that
 * comes or goes is a change like a word: {@code ⟦fold⟧}, {@code ⟦figure⟧}, {@code ⟦table⟧}, {@code ⟦row⟧},
 * {@code ⟦image name.png⟧}, {@code ⟦code java⟧}, {@code ⟦rule⟧}. Readers of the diff see them in their language.
 */
final class TextDiff {

    /** Words, runs of spaces, paragraph breaks and single signs, each diffed as one token. */
    private static final Pattern TOKEN = Pattern.compile("⟦[^⟧\\n]*⟧|\\n|[^\\S\\n]+|[\\p{L}\\p{N}\\p{M}_'’-]+|[^\\s\\p{L}\\p{N}]");

    private TextDiff() {
    }

    static List<RevisionDiff.Segment> between(String oldHtml, String newHtml) {
        List<String> before = tokens(readableText(oldHtml));
        List<String> after = tokens(readableText(newHtml));
        Patch<String> patch = DiffUtils.diff(before, after);
        List<RevisionDiff.Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, RevisionDiff.Change.SAME, before.subList(at, start));
            add(segments, RevisionDiff.Change.REMOVED, delta.getSource().getLines());
            add(segments, RevisionDiff.Change.ADDED, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(segments, RevisionDiff.Change.SAME, before.subList(at, before.size()));
        return segments;
    }

    /** The text as read: block elements and line breaks end a line, everything else runs on. */
    static String readableText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.tagName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element element) {
                    if (element.isBlock() && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                        text.append('\n');
                    }
                    String marker = marker(element);
                    if (marker != null) {
                        boolean block = !element.tagName().equals("img");
                        if (block && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                            text.append('\n');
                        }
                        text.append('⟦').append(marker).append('⟧').append(block ? "\n" : "");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !text.isEmpty()
                        && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        }, document.body());
        return text.toString().strip();
    }

    /** The marker an element that is not words stands for, or null for text and its formatting. */
    private static @Nullable String marker(Element element) {
        return switch (element.tagName()) {
            case "details" -> "fold";
            case "figure" -> "figure";
            case "table" -> "table";
            case "tr" -> "row";
            case "hr" -> "rule";
            case "pre" -> {
                Element code = element.selectFirst("code[class^=language-]");
                yield code == null ? "code" : "code " + code.className().substring("language-".length());
            }
            case "img" -> {
                String src = element.attr("src");
                yield "image " + src.substring(src.lastIndexOf('/') + 1);
            }
            default -> null;
        };
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<RevisionDiff.Segment> segments, RevisionDiff.Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().change() == change) {
            RevisionDiff.Segment last = segments.removeLast();
            segments.add(new RevisionDiff.Segment(change, last.text() + text));
        } else {
            segments.add(new RevisionDiff.Segment(change, text));
        }
    }
}
