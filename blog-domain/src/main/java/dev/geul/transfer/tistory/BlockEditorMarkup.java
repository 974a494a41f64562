package dev.geul.transfer.tistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The block editor's markup in Tistory's current backup, whose blocks carry {@code data-ke-*} attributes: code
 * blocks, folds, link cards, videos, rules, image and file blocks, each turned into the plain HTML geul keeps.
 */
final class BlockEditorMarkup {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#-]{1,30}");
    private static final Set<String> NO_LANGUAGE = Set.of("text", "plain", "plaintext", "nohighlight", "none");

    private BlockEditorMarkup() {
    }

    /** A rule of the editor is a rule. */
    static void rules(Element body) {
        for (Element rule : body.select("[data-ke-type=horizontalRule]")) {
            rule.replaceWith(new Element("hr"));
        }
    }


    /** Keeps the exact text of the code, drops the editor's wrappers, and names the language the way geul does. */
    static void codeBlocks(Element body) {
        for (Element pre : body.select("pre[data-ke-type=codeblock], pre[data-ke-language]")) {
            Element code = new Element("code");
            String language = language(pre);
            if (language != null) {
                code.attr("class", "language-" + language);
            }
            code.appendChild(new TextNode(codeText(pre)));
            pre.replaceWith(new Element("pre").appendChild(code));
        }
    }

    private static @Nullable String language(Element pre) {
        String language = pre.attr("data-ke-language").strip();
        if (language.isEmpty()) {
            // older blocks name the language only in the class, as highlight.js reads it
            language = pre.classNames().stream().findFirst().orElse("");
        }
        if (!LANGUAGE.matcher(language).matches() || NO_LANGUAGE.contains(language.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return language;
    }

    /**
     * The text of a code block as the reader saw it. Line breaks the editor wrote as br, or as paragraphs it
     * slipped into the code, become newlines.
     */
    private static String codeText(Element pre) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && node != pre && node.nextSibling() != null
                        && Set.of("p", "div", "li").contains(element.normalName())
                        && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        }, pre);
        return text.toString();
    }

    /** div[data-ke-type=moreLess]: a toggle link with the label, then div.moreless-content. */
    static void folds(Element body) {
        // outer folds first; inner ones move along into the new details and are converted after
        for (Element fold : body.select("div[data-ke-type=moreLess]")) {
            Element toggle = null;
            Element content = null;
            for (Element child : fold.children()) {
                if (toggle == null && child.normalName().equals("a") && child.hasClass("btn-toggle-moreless")) {
                    toggle = child;
                } else if (content == null && child.hasClass("moreless-content")) {
                    content = child;
                }
            }
            String label = toggle != null && !toggle.text().isBlank() ? toggle.text().strip()
                    : fold.attr("data-text-more").strip();
            Element details = new Element("details");
            details.appendElement("summary").text(label.isEmpty() ? TistoryHtml.DEFAULT_FOLD_LABEL : label);
            List<Node> inside = new ArrayList<>(content != null ? content.childNodes() : fold.childNodes());
            inside.remove(toggle);
            details.appendChildren(inside);
            fold.replaceWith(details);
        }
    }

    /** figure[data-ke-type=opengraph]: the preview of a linked page becomes a quote of its title, text and host. */
    static void linkCards(Element body) {
        for (Element card : body.select("figure[data-ke-type=opengraph]")) {
            Element anchor = card.selectFirst("a[href]");
            String url = TistoryHtml.firstWebUrl(anchor == null ? "" : anchor.attr("href"), card.attr("data-og-source-url"),
                    card.attr("data-og-url"));
            String title = partOfCard(card, ".og-title", "data-og-title");
            String description = partOfCard(card, ".og-desc", "data-og-description");
            String host = partOfCard(card, ".og-host", "data-og-host");
            Element quote = new Element("blockquote");
            if (url != null) {
                quote.appendElement("p").appendElement("a").attr("href", url).text(title.isEmpty() ? url : title);
            } else if (!title.isEmpty()) {
                quote.appendElement("p").text(title);
            }
            if (!description.isEmpty()) {
                quote.appendElement("p").text(description);
            }
            if (!host.isEmpty()) {
                quote.appendElement("p").text(host);
            }
            if (quote.childrenSize() == 0) {
                card.remove();
            } else {
                card.replaceWith(quote);
            }
        }
    }

    private static String partOfCard(Element card, String selector, String attribute) {
        Element part = card.selectFirst(selector);
        String text = part == null ? "" : part.text().strip();
        return text.isEmpty() ? card.attr(attribute).strip() : text;
    }

    /**
     * figure[data-ke-type=video]: a link to the video's page (data-video-url, where a reader can watch it),
     * else to the player the frame showed.
     */
    static void videos(Element body) {
        for (Element figure : body.select("figure[data-ke-type=video]")) {
            Element frame = figure.selectFirst("iframe[src]");
            String url = TistoryHtml.firstWebUrl(figure.attr("data-video-url"), frame == null ? "" : frame.attr("src"));
            List<Element> media = url == null ? List.of() : List.of(TistoryHtml.paragraph(TistoryHtml.frameLink(url)));
            TistoryHtml.replace(figure, TistoryHtml.block(media, figure.selectFirst("figcaption")));
        }
    }

    /** figure.imageblock (one image) and figure.imagegridblock (several) become one figure each. */
    static void imageBlocks(Element body, TistoryConversion conversion) {
        for (Element figure : body.select("figure.imageblock, figure.imagegridblock")) {
            Element caption = figure.selectFirst("figcaption");
            String captionText = caption == null ? "" : caption.text().strip();
            List<Element> media = new ArrayList<>();
            for (Element img : figure.select("img")) {
                String src = img.attr("src").strip();
                if (src.isEmpty()) {
                    continue;
                }
                // what is neither on the web nor in the backup (a data: URL) is left for the sanitizer
                Optional<String> url = TistoryHtml.isRemote(src) || TistoryHtml.isBackupImage(src) ? conversion.image(src) : Optional.of(src);
                if (url.isEmpty()) {
                    continue;
                }
                Element image = TistoryHtml.image(url.get(), altOf(img, figure, captionText), img.attr("width"),
                        img.attr("height"));
                // not marked as built: a link to the full-size file of the backup is mapped like any other
                Element link = linkAround(img, figure);
                media.add(link == null ? image : new Element("a").attr("href", link.attr("href")).appendChild(image));
            }
            TistoryHtml.replace(figure, TistoryHtml.block(media, caption));
        }
    }

    private static String altOf(Element img, Element figure, String captionText) {
        if (!img.attr("alt").isBlank()) {
            return img.attr("alt").strip();
        }
        for (Element up = img.parent(); up != null && up != figure.parent(); up = up.parent()) {
            if (!up.attr("data-alt").isBlank()) {
                return up.attr("data-alt").strip();
            }
        }
        return captionText;
    }

    private static @Nullable Element linkAround(Element img, Element figure) {
        for (Element up = img.parent(); up != null && up != figure; up = up.parent()) {
            if (up.normalName().equals("a") && up.hasAttr("href")) {
                return up;
            }
        }
        return null;
    }

    /** figure.fileblock: an attached file, shown as a box with its name; a link to geul's copy of it. */
    static void fileBlocks(Element body, TistoryConversion conversion) {
        for (Element block : body.select("figure.fileblock")) {
            Element anchor = block.selectFirst("a[href]");
            if (anchor == null) {
                block.remove();
                continue;
            }
            String href = anchor.attr("href").strip();
            Optional<String> url = TistoryHtml.isBackupFile(href) ? conversion.file(href) : Optional.of(href);
            Element name = block.selectFirst(".name");
            String label = name != null && !name.text().isBlank() ? name.text().strip() : TistoryHtml.lastSegment(href);
            if (url.isEmpty()) {
                block.remove();
            } else {
                block.replaceWith(TistoryHtml.paragraph(TistoryHtml.built(new Element("a").attr("href", url.get()).text(label))));
            }
        }
    }
}
