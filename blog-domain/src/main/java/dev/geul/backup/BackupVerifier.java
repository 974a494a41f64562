package dev.geul.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * Reads an archive back as a restore would and checks it against its manifest: every table's checksum and row
 * count, every media file's checksum and size, and no entry missing or unaccounted for.
 */
final class BackupVerifier {

    private BackupVerifier() {
    }

    /** The outcome of checking one archive: its manifest when it could be read, and why it failed if it did. */
    record Verification(@Nullable BackupManifest manifest, @Nullable String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    static Verification verify(Path archive) {
        BackupManifest manifest;
        try {
            manifest = BackupManifest.parse(BackupWriter.readManifest(archive));
        } catch (IOException | RuntimeException e) {
            return new Verification(null, "The manifest cannot be read: " + e.getMessage());
        }
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Map<String, Expected> expected = new HashMap<>();
            for (BackupManifest.Table table : manifest.tables()) {
                expected.put(table.entry(), new Expected(table.sha256(), table.bytes(), table.rows()));
            }
            for (BackupManifest.Entry media : manifest.media()) {
                expected.put(media.entry(), new Expected(media.sha256(), media.bytes(), -1));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(BackupManifest.ENTRY)) {
                    continue;
                }
                Expected wanted = expected.remove(entry.getName());
                if (wanted == null) {
                    return new Verification(manifest, "An entry the manifest does not list: " + entry.getName());
                }
                EntryDigest digest;
                try (InputStream in = zip.getInputStream(entry)) {
                    digest = EntryDigest.of(in);
                }
                if (!digest.sha256().equals(wanted.sha256()) || digest.bytes() != wanted.bytes()) {
                    return new Verification(manifest, "The checksum of " + entry.getName() + " does not match");
                }
                if (wanted.rows() >= 0 && digest.csvRows() != wanted.rows()) {
                    return new Verification(manifest, entry.getName() + " holds " + digest.csvRows()
                            + " rows, the manifest says " + wanted.rows());
                }
            }
            if (!expected.isEmpty()) {
                return new Verification(manifest, "Entries missing from the archive: " + expected.keySet());
            }
            return new Verification(manifest, null);
        } catch (IOException | RuntimeException e) {
            return new Verification(manifest, "The archive cannot be read: " + e);
        }
    }

    private record Expected(String sha256, long bytes, long rows) {
    }
}
