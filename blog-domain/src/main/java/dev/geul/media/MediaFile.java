package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stored media file: its name, its size and a way to read it.
 *
 * @param name the last part of its served path, e.g. {@code 0123…cdef.png}
 */
public record MediaFile(String name, long size, MediaFile.Content content) {

    /** Opens the file's bytes; the caller closes the stream. */
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
