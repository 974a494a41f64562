package dev.geul.transfer.tistory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** What one conversion of a Tistory post found missing and remote, and the final clean-up of its HTML. */
final class TistoryConversion {

    private final Function<String, Optional<String>> imageUrl;
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> remote = new LinkedHashSet<>();

    TistoryConversion(Function<String, Optional<String>> imageUrl) {
        this.imageUrl = imageUrl;
    }

    /** geul's URL of an image of the backup, a remote image as it is; empty (and listed) when missing. */
    Optional<String> image(String reference) {
        String url = TistoryHtml.webUrl(reference);
        return url != null ? Optional.of(remoteImage(url)) : lookUp(reference);
    }

    /** geul's URL of a file of the backup, a remote address as it is; empty (and listed) when missing. */
    Optional<String> file(String reference) {
        String url = TistoryHtml.webUrl(reference);
        return url != null ? Optional.of(url) : lookUp(reference);
    }

    /** A remote image, by its web address as {@link TistoryHtml#webUrl} gives it: it stays there, listed. */
    String remoteImage(String url) {
        remote.add(url);
        return url;
    }

    void missing(String what) {
        missing.add(what);
    }

    private Optional<String> lookUp(String reference) {
        Optional<String> url = imageUrl.apply(reference);
        if (url == null || url.isEmpty()) {
            missing.add(reference);
            return Optional.empty();
        }
        return url;
    }

    TistoryMarkup.Converted finish(Element body) {
        for (Element element : body.getAllElements()) {
            // the editor's state (sizes, styles of blocks, ids of the editor) means nothing to geul
            List<String> editorAttributes = element.attributes().asList().stream().map(Attribute::getKey)
                    .filter(key -> key.startsWith("data-") || key.equalsIgnoreCase("contenteditable"))
                    .toList();
            editorAttributes.forEach(element::removeAttr);
        }
        for (Element paragraph : body.select("p")) {
            // left behind when a figure or a fold broke out of the paragraph Tistory wrapped it in
            if (paragraph.childNodeSize() == 0
                    || (paragraph.children().isEmpty() && paragraph.wholeText().isBlank())) {
                paragraph.remove();
            }
        }
        return new TistoryMarkup.Converted(body.html(), new ArrayList<>(missing), new ArrayList<>(remote));
    }
}
