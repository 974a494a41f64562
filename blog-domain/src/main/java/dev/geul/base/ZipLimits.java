package dev.geul.base;

import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How much a zip someone uploads may unpack to, so that a small file cannot fill the server's memory or disk (a zip
 * bomb): the number of entries, their total size, and how many times its compressed size one entry may grow. The
 * zip's directory is checked before anything is read; whoever then reads an entry reads no more than the directory
 * said ({@link #declaredSize}). Imports and uploaded themes each have their own numbers.
 *
 * @param ratioCheckedFrom entries up to this size may compress as well as they like: small text files of one
 *                         repeated line do
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxCompressionRatio, long ratioCheckedFrom) {

    /** Which limit a zip broke. */
    public enum Limit {
        ENTRIES, TOTAL_BYTES, COMPRESSION_RATIO
    }

    /** @param entry the entry that broke it */
    public record Breach(Limit limit, ZipEntry entry) {
    }

    /** The first limit the zip's directory breaks, or empty when it keeps them all. */
    public Optional<Breach> firstBreach(ZipFile zip) {
        int entries = 0;
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++entries > maxEntries) {
                return Optional.of(new Breach(Limit.ENTRIES, entry));
            }
            long size = Math.max(0, entry.getSize());
            total += size;
            if (total > maxTotalBytes) {
                return Optional.of(new Breach(Limit.TOTAL_BYTES, entry));
            }
            if (size > ratioCheckedFrom && size > Math.max(1, entry.getCompressedSize()) * maxCompressionRatio) {
                return Optional.of(new Breach(Limit.COMPRESSION_RATIO, entry));
            }
        }
        return Optional.empty();
    }

    /** How many bytes reading the entry may give at most: what the directory says, or what the ratio allows. */
    public long declaredSize(ZipEntry entry) {
        return entry.getSize() >= 0 ? entry.getSize()
                : Math.max(ratioCheckedFrom, entry.getCompressedSize() * maxCompressionRatio);
    }
}
