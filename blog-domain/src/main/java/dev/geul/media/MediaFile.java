package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * A stored media file: its name, its size, when it was stored and a way to read it.
 *
 * @param name         the last part of its served path, e.g. {@code 0123…cdef.png}
 * @param lastModified when the file was stored
 */
public record MediaFile(String name, long size, Instant lastModified, MediaFile.Content content) {

    /**
     * Opens the file's bytes; the caller closes the stream.
     *
     * @throws MediaBusyException when as many files are being read as the storage allows at once
     */
    public InputStream open() throws IOException {
        return content.open();
    }

    /** All its bytes, for small files and tests. */
    public byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
