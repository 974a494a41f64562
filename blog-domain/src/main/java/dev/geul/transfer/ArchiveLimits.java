package dev.geul.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.geul.base.ZipLimits;

/**
 * How much a zip an admin imports may unpack to, so that a small file cannot fill the server's memory or disk (a zip
 * bomb): the number of entries, their total size, how much one entry may grow from its compressed size, and the size
 * of one page of text (a Markdown file, a Tistory post's HTML), which is read whole. The whole zip is checked by its
 * directory before anything is stored; an entry that then unpacks to more than its directory said stops the import.
 */
public final class ArchiveLimits {

    static final int MAX_ENTRIES = 100_000;
    static final long MAX_TOTAL_BYTES = 10L * 1024 * 1024 * 1024;
    /** How many times its compressed size one entry may unpack to; text compresses 5 to 10 times, images hardly. */
    static final int MAX_COMPRESSION_RATIO = 100;
    /** Entries up to this size may compress as well as they like: small text files of one repeated line do. */
    static final long RATIO_CHECKED_FROM = 1024 * 1024;
    /** One page of text, read whole: far beyond any post. */
    static final int MAX_TEXT_BYTES = 20 * 1024 * 1024;

    private static final long MB = 1024 * 1024;

    private ArchiveLimits() {
    }

    /** The numbers above, checked by the blog's one zip rule. */
    static final ZipLimits LIMITS = new ZipLimits(MAX_ENTRIES, MAX_TOTAL_BYTES, MAX_COMPRESSION_RATIO,
            RATIO_CHECKED_FROM);

    /** @throws ArchiveFormatException when the zip's directory names more than the limits allow */
    public static void check(ZipFile zip) {
        LIMITS.firstBreach(zip).ifPresent(breach -> {
            ZipEntry entry = breach.entry();
            throw switch (breach.limit()) {
                case ENTRIES -> ArchiveFormatException.keyed("error.import.tooManyEntries",
                        "The zip holds more than " + MAX_ENTRIES + " files", MAX_ENTRIES);
                case TOTAL_BYTES -> ArchiveFormatException.keyed("error.import.tooLarge", "The zip unpacks to more "
                        + "than " + MAX_TOTAL_BYTES / MB / 1024 + " GB", MAX_TOTAL_BYTES / MB / 1024);
                case COMPRESSION_RATIO -> ArchiveFormatException.keyed("error.import.compressionRatio", "The file "
                        + entry.getName() + " in the zip unpacks to " + entry.getSize() / MB + " MB from "
                        + entry.getCompressedSize() / 1024 + " KB, more than " + MAX_COMPRESSION_RATIO
                        + " times its size: the zip is refused", entry.getName(), MAX_COMPRESSION_RATIO);
            };
        });
    }

    /** The entry's bytes, never more than the zip's directory said it holds. */
    public static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        long declared = LIMITS.declaredSize(entry);
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > declared) {
                    throw ArchiveFormatException.keyed("error.import.sizeMismatch", "The file " + entry.getName()
                            + " in the zip unpacks to more than its zip says: the zip is refused", entry.getName());
                }
            }
        };
    }

    /** A page of text, whole; empty when it is larger than {@link #MAX_TEXT_BYTES}. */
    public static Optional<byte[]> readText(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        return bytes.length > MAX_TEXT_BYTES ? Optional.empty() : Optional.of(bytes);
    }

    /** Why a page of text was left out, for the report. */
    public static ReportText textTooLarge() {
        return ReportText.of("transfer.why.textTooLarge", "It is larger than {0} MB, more than any post holds",
                MAX_TEXT_BYTES / MB);
    }
}
