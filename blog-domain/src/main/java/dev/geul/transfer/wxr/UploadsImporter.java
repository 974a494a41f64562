package dev.geul.transfer.wxr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.media.StoredMedia;
import dev.geul.post.PostTransfer;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ArchiveLimits;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ReportText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a WordPress site's uploads folder ({@code wp-content/uploads}, zipped) into the blog's media, for a site
 * that is gone or cannot be reached: each file the zip holds is stored, and every post whose images or links named
 * it (at full size or one of WordPress's sizes) points at the copy. Paths in the zip are as under
 * {@code uploads/}: {@code 2008/06/canola2.jpg}, or with {@code wp-content/uploads/} or {@code uploads/} before
 * them.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UploadsImporter {

    /** What an uploads zip brought: files stored, posts pointed at them, and what was left out. */
    public record Report(int files, int stored, int postsChanged, List<ImportReport.Skipped> skipped) {
    }

    /** A file in the year and month folders WordPress files uploads under, maybe below other folders. */
    private static final Pattern DATED = Pattern.compile("(?:.*/)?((\\d{4})/(\\d{2})/[^/]+)");
    private static final int REWRITE_BATCH = 200;

    private final MediaStore media;
    private final PostTransfer posts;
    private final TransactionTemplate transaction;

    UploadsImporter(MediaStore media, PostTransfer posts, PlatformTransactionManager transactionManager) {
        this.media = media;
        this.posts = posts;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports the zip. Admins only. Importing it again stores nothing twice.
     *
     * @throws ArchiveFormatException when the file is not a zip, or unpacks to more than {@link ArchiveLimits}
     *                                allow (nothing stored)
     */
    public Report importZip(Path zipFile) {
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        Map<String, String> copies = new HashMap<>();
        int files = 0;
        int stored = 0;
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ArchiveLimits.check(zip);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || name.contains("/.") || name.startsWith(".") || name.endsWith("/")) {
                    continue;
                }
                files++;
                Matcher dated = DATED.matcher(name);
                String belowUploads;
                Instant month = null;
                if (name.contains("uploads/")) {
                    belowUploads = name.substring(name.lastIndexOf("uploads/") + "uploads/".length());
                } else if (dated.matches()) {
                    belowUploads = dated.group(1);
                } else {
                    belowUploads = name.substring(name.lastIndexOf('/') + 1);
                }
                Matcher folders = DATED.matcher(belowUploads);
                if (folders.matches()) {
                    month = YearMonth.of(Integer.parseInt(folders.group(2)),
                            Math.clamp(Integer.parseInt(folders.group(3)), 1, 12)).atDay(1)
                            .atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                try (InputStream data = ArchiveLimits.open(zip, entry)) {
                    StoredMedia file = media.storeImported(data, month);
                    if (file.created()) {
                        stored++;
                    }
                    copies.put(UploadLinks.uploadKey(belowUploads), file.path());
                } catch (MediaRefusedException refused) {
                    if (skipped.size() < ImportReport.MAX_LISTED) {
                        skipped.add(new ImportReport.Skipped(ReportText.of("transfer.what.upload", "{0}", name),
                                ImportLabels.refusedFile(refused.reason())));
                    }
                }
            }
        } catch (ZipException e) {
            throw new ArchiveFormatException("This is not a zip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UploadLinks links = new UploadLinks(copies);
        // posts that link anything in an uploads folder, or in year and month folders as WordPress.com files uploads
        List<Long> ids = copies.isEmpty() ? List.of() : posts.idsWithContentMatching("/[0-9]{4}/[0-9]{2}/|/wp-content/uploads/");
        int changed = 0;
        for (int from = 0; from < ids.size(); from += REWRITE_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + REWRITE_BATCH));
            Integer count = transaction.execute(status -> posts.rewriteContent(batch, links::rewrite));
            changed += count == null ? 0 : count;
        }
        return new Report(files, stored, changed, List.copyOf(skipped));
    }
}
