package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sizes of stored images: measured from a file's header as it is stored, or, for an image stored before sizes
 * were kept, the first time a page asks for it; recorded either way, so that each image is read for this once.
 */
final class ImageSizes {

    private final MediaStorage storage;
    private final ImageSizeRecords records;
    private final Clock clock;

    ImageSizes(MediaStorage storage, ImageSizeRecords records, Clock clock) {
        this.storage = storage;
        this.records = records;
        this.clock = clock;
    }

    static Optional<ImageSize> measure(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImageHeaders.read(in);
        }
    }

    void record(String path, Optional<ImageSize> size) {
        records.record(path, size, clock.instant());
    }

    /** The known sizes of the images at these storage paths, measuring those never measured. */
    Map<String, ImageSize> of(Collection<String> paths) throws IOException {
        Map<String, Optional<ImageSize>> recorded = new HashMap<>(records.find(paths));
        for (String path : paths) {
            if (!recorded.containsKey(path)) {
                measureStored(path).ifPresent(size -> recorded.put(path, size));
            }
        }
        Map<String, ImageSize> known = new HashMap<>();
        recorded.forEach((path, size) -> size.ifPresent(found -> known.put(path, found)));
        return known;
    }

    /** The stored image's size, measured now and recorded; empty when there is no such file or no read to spare. */
    private Optional<Optional<ImageSize>> measureStored(String path) throws IOException {
        Optional<MediaFile> file = storage.get(path);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImageSize> size;
        try (InputStream in = file.get().open()) {
            size = ImageHeaders.read(in);
        } catch (MediaBusyException e) {
            return Optional.empty(); // measured for a later page, when the storage has a read to spare
        }
        record(path, size);
        return Optional.of(size);
    }
}
