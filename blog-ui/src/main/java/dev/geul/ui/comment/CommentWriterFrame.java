package dev.geul.ui.comment;

import java.nio.charset.StandardCharsets;

import dev.geul.reader.ReaderText;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a reader page frames when its reader starts to write a comment: it holds the exported
 * {@code <geul-comment-writer>} and {@code comment-writer.js}, which passes what the reader typed in the plain form
 * into it and tells the reader page its height and where to go once the comment is saved. A frame of its own,
 * because Vaadin's client needs what reader pages never allow (inline scripts and {@code eval}), and reader pages
 * keep their strict script policy.
 */
@Controller
class CommentWriterFrame {

    static final String PATH = "/comment-writer";
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final ReaderText text;

    CommentWriterFrame(ReaderText text) {
        this.text = text;
    }

    @GetMapping(PATH)
    ResponseEntity<String> frame(@RequestParam(name = "post") String slug,
                                 @RequestParam(name = "kind", defaultValue = "post") String kind,
                                 @RequestParam(name = "parent", defaultValue = "0") long parent,
                                 @RequestParam(name = "comment", defaultValue = "0") long comment) {
        String html = """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <link rel="stylesheet" href="/comment-writer.css">
                <script type="module" src="/web-component/%s.js"></script>
                <script src="/comment-writer.js" defer></script>
                </head><body>
                <%s post="%s" kind="%s" parent="%d" comment="%d"></%s>
                </body></html>
                """.formatted(text.language(), HtmlUtils.htmlEscape(text.getTranslation("comment.title")),
                CommentWriterExporter.TAG, CommentWriterExporter.TAG, HtmlUtils.htmlEscape(slug),
                "page".equals(kind) ? "page" : "post", Math.max(0, parent), Math.max(0, comment),
                CommentWriterExporter.TAG);
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }
}
