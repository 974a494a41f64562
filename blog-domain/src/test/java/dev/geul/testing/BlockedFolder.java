package dev.geul.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder nothing can be written to, even by root: a file stands where it should be. What was there is moved
 * aside and put back by {@link #close()}.
 */
public final class BlockedFolder implements AutoCloseable {

    private final Path folder;
    private final Path aside;
    private boolean closed;

    private BlockedFolder(Path folder) {
        this.folder = folder;
        this.aside = folder.resolveSibling(folder.getFileName() + ".aside");
    }

    public static BlockedFolder at(Path folder) {
        BlockedFolder blocked = new BlockedFolder(folder);
        try {
            Files.createDirectories(folder.getParent());
            if (Files.exists(folder)) {
                Files.move(folder, blocked.aside);
            }
            Files.writeString(folder, "a file where a folder should be");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocked;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(folder);
            if (Files.exists(aside)) {
                Files.move(aside, folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
