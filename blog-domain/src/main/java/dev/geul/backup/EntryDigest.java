package dev.geul.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Bytes of one archive entry passing through: their SHA-256, their number, and the CSV rows among them (a line
 * break outside quotes ends a row; PostgreSQL quotes every value holding a line break or a quote). Nothing is kept,
 * so a table or a file of any size goes through in a small buffer.
 */
final class EntryDigest {

    private final MessageDigest sha256;
    private long bytes;
    private long rows;
    private boolean inQuotes;

    EntryDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    void update(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
        bytes += length;
        for (int i = offset; i < offset + length; i++) {
            byte b = buffer[i];
            if (b == '"') {
                inQuotes = !inQuotes;
            } else if (b == '\n' && !inQuotes) {
                rows++;
            }
        }
    }

    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    long bytes() {
        return bytes;
    }

    long csvRows() {
        return rows;
    }

    /** Reads the stream to its end (not closing it), digesting everything. */
    static EntryDigest of(InputStream in) throws IOException {
        EntryDigest digest = new EntryDigest();
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) != -1; ) {
            digest.update(buffer, 0, read);
        }
        return digest;
    }

    /** Digests what is written on its way to {@code out}, which stays open when this stream closes. */
    OutputStream passingTo(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                update(buffer, offset, length);
                out.write(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
