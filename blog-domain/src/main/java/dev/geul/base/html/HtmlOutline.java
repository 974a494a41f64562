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
import org.jspecify.annotations.Nullable;

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
            if (!child.normalName().equals("br")) {
                lines.add(indent(depth) + describe(child));
            }
        }
        // in preformatted text a line break element and a newline are the same
        Element copy = pre.clone();
        copy.select("br").forEach(br -> br.replaceWith(new TextNode("\n")));
        String text = copy.wholeText();
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
        List<Piece> shown = new ArrayList<>();
        // a run of spaces shows as one, and none at the start of a line (the block's, or after a line break)
        boolean lineStart = true;
        boolean afterSpace = false;
        for (Piece piece : pieces) {
            if (piece.atom != null) {
                shown.add(piece);
                lineStart = piece.atom.startsWith("<br");
                afterSpace = false;
                continue;
            }
            String text = piece.text.replaceAll("[ \\t\\r\\n\\f]+", " ");
            if ((lineStart || afterSpace) && text.startsWith(" ")) {
                text = text.substring(1);
            }
            if (!text.isEmpty()) {
                lineStart = false;
                afterSpace = text.endsWith(" ");
                shown.add(new Piece(text, piece.marks, null));
            }
        }
        // and none at the end of a line
        boolean lineEnd = true;
        for (int i = shown.size() - 1; i >= 0; i--) {
            Piece piece = shown.get(i);
            if (piece.atom != null) {
                lineEnd = piece.atom.startsWith("<br");
            } else if (lineEnd && piece.text.endsWith(" ")) {
                String text = piece.text.substring(0, piece.text.length() - 1);
                if (text.isEmpty()) {
                    shown.remove(i);
                } else {
                    shown.set(i, new Piece(text, piece.marks, null));
                    lineEnd = false;
                }
            } else {
                lineEnd = false;
            }
        }
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : shown) {
            Piece last = merged.isEmpty() ? null : merged.getLast();
            if (piece.atom == null && last != null && last.atom == null && last.marks.equals(piece.marks)) {
                merged.set(merged.size() - 1, new Piece(last.text + piece.text, last.marks, null));
            } else {
                merged.add(piece);
            }
        }
        for (Piece piece : merged) {
            if (piece.atom != null) {
                lines.add(indent(depth) + piece.atom + (piece.marks.isEmpty() ? "" : " in " + piece.marks));
            } else {
                lines.add(indent(depth) + "text" + (piece.marks.isEmpty() ? "" : " in " + piece.marks) + " "
                        + quote(piece.text));
            }
        }
    }

    /** A run of text with its marks, or an atom (an image, a line break) with an empty text. */
    private record Piece(String text, String marks, @Nullable String atom) {
    }

    private static void collect(Node node, String marks, List<Piece> pieces) {
        if (node instanceof TextNode text) {
            pieces.add(new Piece(text.getWholeText(), marks, null));
        } else if (node instanceof Element element) {
            if (ATOMS.contains(element.normalName())) {
                pieces.add(new Piece("", marks, describe(element)));
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
