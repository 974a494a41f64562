package dev.geul.base.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a reader sees of a stored HTML, line by line: every block with its attributes, and the text inside it as runs
 * of the same formatting. Two texts with the same outline show the same post, however their markup was written
 * (the order attributes are listed in, how formatting tags nest, whitespace a browser collapses anyway), so the
 * outline is what "the editor changed nothing" and "the editor dropped nothing" are measured against.
 */
public final class HtmlOutline {

    /** Elements that sit inside a line of text rather than making a block of their own. */
    static final Set<String> INLINE = Set.of("a", "b", "i", "u", "s", "strike", "del", "ins", "em", "strong", "code",
            "mark", "kbd", "samp", "var", "small", "sub", "sup", "cite", "q", "span", "abbr", "img", "br");

    private static final Set<String> ATOMS = Set.of("img", "br");

    private final List<String> lines = new ArrayList<>();

    private HtmlOutline() {
    }

    /** The outline of an HTML fragment, one block, atom or run of text a line. */
    public static List<String> of(String html) {
        HtmlOutline outline = new HtmlOutline();
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        outline.block(body, 0);
        return List.copyOf(outline.lines);
    }

    private void block(Element container, int depth) {
        List<Node> run = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && !INLINE.contains(element.normalName())) {
                inline(run, depth);
                run.clear();
                lines.add(indent(depth) + describe(element));
                if (element.normalName().equals("pre")) {
                    preformatted(element, depth + 1);
                } else {
                    block(element, depth + 1);
                }
            } else {
                run.add(child);
            }
        }
        inline(run, depth);
    }

    private void preformatted(Element pre, int depth) {
        for (Element child : pre.children()) {
            lines.add(indent(depth) + describe(child));
        }
        String text = pre.wholeText();
        // a browser shows neither a line break right after <pre> nor one at the very end
        text = text.startsWith("\n") ? text.substring(1) : text;
        text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        lines.add(indent(depth) + "text " + quote(text));
    }

    /** Runs of text with the formatting around them; whitespace counts as a browser shows it. */
    private void inline(List<Node> run, int depth) {
        List<Piece> pieces = new ArrayList<>();
        for (Node node : run) {
            collect(node, "", pieces);
        }
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            Piece last = merged.isEmpty() ? null : merged.getLast();
            if (piece.atom == null && last != null && last.atom == null && last.marks.equals(piece.marks)) {
                merged.set(merged.size() - 1, new Piece(last.text + piece.text, last.marks, null));
            } else {
                merged.add(piece);
            }
        }
        List<Piece> shown = new ArrayList<>();
        for (Piece piece : merged) {
            shown.add(piece.atom == null ? new Piece(piece.text.replaceAll("[ \\t\\r\\n]+", " "), piece.marks, null)
                    : piece);
        }
        // whitespace at the edges of a block is not shown
        if (!shown.isEmpty() && shown.getFirst().atom == null) {
            Piece first = shown.getFirst();
            shown.set(0, new Piece(first.text.replaceFirst("^ ", ""), first.marks, null));
        }
        if (!shown.isEmpty() && shown.getLast().atom == null) {
            Piece last = shown.getLast();
            shown.set(shown.size() - 1, new Piece(last.text.replaceFirst(" $", ""), last.marks, null));
        }
        for (Piece piece : shown) {
            if (piece.atom != null) {
                lines.add(indent(depth) + piece.atom + (piece.marks.isEmpty() ? "" : " in " + piece.marks));
            } else if (!piece.text.isEmpty()) {
                lines.add(indent(depth) + "text" + (piece.marks.isEmpty() ? "" : " in " + piece.marks) + " "
                        + quote(piece.text));
            }
        }
    }

    private record Piece(String text, String marks, String atom) {
    }

    private static void collect(Node node, String marks, List<Piece> pieces) {
        if (node instanceof TextNode text) {
            pieces.add(new Piece(text.getWholeText(), marks, null));
        } else if (node instanceof Element element) {
            if (ATOMS.contains(element.normalName())) {
                pieces.add(new Piece(null, marks, describe(element)));
                return;
            }
            String inside = marks.isEmpty() ? describe(element) : marks + " " + describe(element);
            // the same formatting twice (a bold inside a bold) shows once
            if ((" " + marks + " ").contains(" " + describe(element) + " ")) {
                inside = marks;
            }
            List<String> sorted = new ArrayList<>(List.of(inside.split(" (?=<)")));
            sorted.removeIf(String::isEmpty);
            inside = sorted.stream().sorted().distinct().collect(Collectors.joining(" "));
            for (Node child : element.childNodes()) {
                collect(child, inside, pieces);
            }
        }
    }

    private static String describe(Element element) {
        TreeMap<String, String> attributes = new TreeMap<>();
        element.attributes().forEach(attribute -> attributes.put(attribute.getKey(), attribute.getValue()));
        StringBuilder out = new StringBuilder("<").append(element.normalName());
        attributes.forEach((key, value) -> out.append(' ').append(key).append("=").append(quote(value)));
        return out.append('>').toString();
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
