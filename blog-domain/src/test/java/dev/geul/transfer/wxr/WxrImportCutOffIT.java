package dev.geul.transfer.wxr;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import dev.geul.site.SiteStatus;
import dev.geul.site.SiteStatusService;
import dev.geul.testing.SharedData;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportingBlog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import cut off midway (the upload's connection drops, the file on disk is truncated) keeps what it stored whole:
 * every post it stored has all its comments, no post is stored in part. Importing the same file again completes
 * the blog, with nothing twice, exactly as one import of the whole file does.
 */
class WxrImportCutOffIT extends ImportingBlog {

    @Autowired
    WxrImporter importer;
    @Autowired
    SiteStatusService site;

    @Test
    void a_cut_off_import_keeps_whole_posts_and_the_same_file_again_completes_it_without_duplicates()
            throws IOException {
        long size = Files.size(SharedData.file(SharedData.THEME_UNIT_TEST_WXR));
        importWhole();
        Map<String, Long> wholeComments = commentsByPost();
        SiteStatus whole = as(admin, () -> site.status());
        Map<String, String> wholeAddresses = addresses();
        fixtures.resetDatabase();
        admin = fixtures.admin();

        assertThatThrownBy(() -> importCutAfter(size * 3 / 5)).isInstanceOf(ArchiveFormatException.class);

        Map<String, Long> cutComments = commentsByPost();
        assertThat(cutComments).isNotEmpty().hasSizeLessThan(wholeComments.size());
        cutComments.forEach((post, comments) -> assertThat(comments).as("comments of %s", post)
                .isEqualTo(wholeComments.get(post)));

        ImportReport again = importWhole();

        assertThat(again.alreadyImported()).isEqualTo(cutComments.size());
        assertThat(commentsByPost()).isEqualTo(wholeComments);
        assertThat(as(admin, () -> site.status())).isEqualTo(whole);
        assertThat(addresses()).as("every post at the address one whole import gives it").isEqualTo(wholeAddresses);
    }

    private ImportReport importWhole() {
        ImportReport report = as(admin, () -> {
            try (InputStream wxr = Files.newInputStream(SharedData.file(SharedData.THEME_UNIT_TEST_WXR))) {
                return importer.importWxr(wxr);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return report;
    }

    private ImportReport importCutAfter(long bytes) {
        return as(admin, () -> {
            try (InputStream wxr = new CutOff(Files.newInputStream(SharedData.file(SharedData.THEME_UNIT_TEST_WXR)),
                    bytes)) {
                return importer.importWxr(wxr);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Each post's and page's import key with its address. */
    private Map<String, String> addresses() {
        Map<String, String> slugs = new TreeMap<>();
        jdbc.query("select import_key, slug from post", row -> {
            slugs.put(row.getString(1), row.getString(2));
        });
        return slugs;
    }

    /** Each post's and page's import key with the number of its comments. */
    private Map<String, Long> commentsByPost() {
        Map<String, Long> comments = new TreeMap<>();
        jdbc.query("select p.import_key, count(c.id) from post p left join comment c on c.post_id = p.id"
                + " group by p.id, p.import_key", row -> {
            comments.put(row.getString(1), row.getLong(2));
        });
        return comments;
    }

    /** A stream that breaks off as a dropped connection does: after so many bytes, reading fails. */
    private static final class CutOff extends FilterInputStream {

        private long left;

        CutOff(InputStream in, long bytes) {
            super(in);
            this.left = bytes;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("Connection reset");
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("Connection reset");
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
