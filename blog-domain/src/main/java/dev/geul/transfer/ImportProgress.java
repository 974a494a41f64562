package dev.geul.transfer;

/**
 * How far an import has come, reported after every item of the archive.
 *
 * @param bytesRead  how much of the file was read
 * @param totalBytes the file's size, or -1 when the caller does not know it
 * @param items      items (posts, pages, attachments, menu items, ...) read so far
 * @param current    the title of the item just read
 */
public record ImportProgress(long bytesRead, long totalBytes, int items, int posts, int pages, int comments,
                             int skipped, String current) {

    /** Between 0 and 1; -1 when the size is unknown. */
    public double fraction() {
        return totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : -1;
    }
}
