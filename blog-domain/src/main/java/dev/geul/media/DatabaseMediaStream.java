package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A media file read from the database one slice at a time, so a 100 MB file costs a reader one slice of memory and
 * a pooled connection only while a slice is fetched. Skipping (for a range) fetches nothing. Closing it ends the
 * read and gives its place back ({@code onClose}).
 */
final class DatabaseMediaStream extends InputStream {

    /** Large enough for few round trips, small enough that a bounded number of readers hold little. */
    static final int SLICE_BYTES = 256 * 1024;

    private final JdbcTemplate jdbc;
    private final String path;
    private final long size;
    private final Runnable onClose;
    private long position;
    private byte[] slice = new byte[0];
    private int offsetInSlice;
    private boolean closed;

    DatabaseMediaStream(JdbcTemplate jdbc, String path, long size, Runnable onClose) {
        this.jdbc = jdbc;
        this.path = path;
        this.size = size;
        this.onClose = onClose;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (closed) {
            throw new IOException("The media file " + path + " was closed");
        }
        if (length == 0) {
            return 0;
        }
        if (offsetInSlice == slice.length) {
            if (position >= size) {
                return -1;
            }
            fetchNextSlice();
        }
        int count = Math.min(length, slice.length - offsetInSlice);
        System.arraycopy(slice, offsetInSlice, buffer, offset, count);
        offsetInSlice += count;
        return count;
    }

    @Override
    public long skip(long count) {
        if (count <= 0 || closed) {
            return 0;
        }
        int inSlice = (int) Math.min(count, slice.length - offsetInSlice);
        offsetInSlice += inSlice;
        long beyond = Math.min(count - inSlice, size - position);
        position += beyond;
        return inSlice + beyond;
    }

    @Override
    public int available() {
        return slice.length - offsetInSlice;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            slice = new byte[0];
            onClose.run();
        }
    }

    private void fetchNextSlice() throws IOException {
        // substring counts from 1; on a column stored uncompressed PostgreSQL reads only the slice's pages
        byte[] next = jdbc.queryForList("select substring(content from ?::integer for ?::integer) from media_file"
                + " where path = ?", byte[].class, position + 1, SLICE_BYTES, path).stream().findFirst().orElse(null);
        if (next == null || next.length == 0) {
            throw new IOException("The media file " + path + " is gone or shorter than " + size + " bytes");
        }
        slice = next;
        offsetInSlice = 0;
        position += next.length;
    }
}
