package dev.geul.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Media files in the data folder, {@code BLOG_DATA_DIR/media/yyyy/MM/name}: the single-node default. */
final class FileSystemMediaStorage implements MediaStorage {

    private final Path root;

    FileSystemMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public boolean putIfAbsent(String path, Path file) throws IOException {
        Path target = resolve(path).orElseThrow(() -> new IOException("Not a media path: " + path));
        if (Files.exists(target)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    @Override
    public Optional<MediaFile> get(String path) throws IOException {
        Optional<Path> file = resolve(path).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path found = file.get();
        return Optional.of(new MediaFile(found.getFileName().toString(), Files.size(found),
                Files.getLastModifiedTime(found).toInstant(), () -> Files.newInputStream(found)));
    }

    private Optional<Path> resolve(String path) {
        Path file = root.resolve(path).normalize();
        return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
    }
}
