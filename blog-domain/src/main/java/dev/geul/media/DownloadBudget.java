package dev.geul.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What one import may spend on downloads, all files together: a time and a number of bytes. An archive that names
 * thousands of files, or files that never end, cannot keep the server busy beyond it; what is left once it is spent
 * keeps its old address and is reported.
 */
public final class DownloadBudget {

    private final Clock clock;
    private final Instant deadline;
    private final Duration time;
    private final long bytes;
    private long bytesLeft;

    DownloadBudget(Clock clock, Duration time, long bytes) {
        this.clock = clock;
        this.deadline = clock.instant().plus(time);
        this.time = time;
        this.bytes = bytes;
        this.bytesLeft = bytes;
    }

    /** How long the next download may take at most; zero once the time is spent. */
    Duration timeLeft() {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized long bytesLeft() {
        return bytesLeft;
    }

    boolean spent() {
        return timeLeft().isZero() || bytesLeft() <= 0;
    }

    /** Why nothing more is downloaded, for the report. */
    String spentReason() {
        return "The import's downloads took their whole budget (" + time.toMinutes() + " minutes, "
                + bytes / (1024 * 1024) + " MB); the rest was not fetched";
    }

    /** The body, its bytes taken from the budget; reading past the budget fails. */
    InputStream meter(InputStream body) {
        return new FilterInputStream(body) {
            @Override
            public int read() throws IOException {
                int read = super.read();
                if (read >= 0) {
                    take(1);
                }
                return read;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    take(read);
                }
                return read;
            }
        };
    }

    private synchronized void take(long read) throws Exhausted {
        bytesLeft -= read;
        if (bytesLeft < 0) {
            throw new Exhausted();
        }
    }

    /** The downloads read more bytes than the import may spend. */
    static final class Exhausted extends IOException {

        Exhausted() {
            super("download budget spent");
        }
    }
}
