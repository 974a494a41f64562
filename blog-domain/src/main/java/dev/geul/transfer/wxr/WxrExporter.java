package dev.geul.transfer.wxr;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.geul.account.AccountTransfer;
import dev.geul.base.BlogProperties;
import dev.geul.category.CategoryTransfer;
import dev.geul.comment.CommentTransfer;
import dev.geul.comment.Mentions;
import dev.geul.post.PostTransfer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes the whole blog as a WordPress export (WXR 1.2): writers, categories, tags, posts and pages of every
 * status (trash included) and all their comments.
 *
 * <p>WordPress reads the file as its own. What WXR has no field for (unlisted posts, secret comments, guests'
 * password hashes, exact dates, earlier import keys and old addresses) travels in {@code _geul_*} meta fields,
 * so that {@link WxrImporter} brings it back into an empty geul with nothing lost. Revisions stay behind, as in
 * WordPress's own exports. Posts are read in batches and written as they come, so a big blog never sits in
 * memory whole.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WxrExporter {

    private final AccountTransfer accounts;
    private final CategoryTransfer categories;
    private final PostTransfer posts;
    private final CommentTransfer comments;
    private final Mentions mentions;
    private final BlogProperties blog;
    private final Clock clock;

    WxrExporter(AccountTransfer accounts, CategoryTransfer categories, PostTransfer posts, CommentTransfer comments,
                Mentions mentions, BlogProperties blog, Clock clock) {
        this.accounts = accounts;
        this.categories = categories;
        this.posts = posts;
        this.comments = comments;
        this.mentions = mentions;
        this.blog = blog;
        this.clock = clock;
    }

    /** A file name like WordPress gives its exports: {@code geul.wordpress.2026-03-01.xml}. */
    public String fileName() {
        String name = blog.title().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "blog" : name) + ".wordpress." + clock.instant().atZone(blog.timeZone()).toLocalDate()
                + ".xml";
    }

    /**
     * Writes the export to {@code out} (UTF-8), which is flushed, not closed. Admins only.
     */
    public void exportWxr(OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new WxrWriter(xml, accounts, categories, posts, comments, mentions, blog, clock).write();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The export could not be written", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
