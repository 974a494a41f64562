package dev.geul.media;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The measured size of each stored image, by its storage path ({@code 2026/03/name.png}). An image that was
 * measured but whose size could not be read is recorded too, as empty, so that it is not read again.
 */
interface ImageSizeRecords {

    /** What was recorded for those of these paths that were measured. */
    Map<String, Optional<ImageSize>> find(Collection<String> paths);

    /** Records a measurement; a path measured before keeps its first record (the same path is the same bytes). */
    void record(String path, Optional<ImageSize> size, Instant measuredAt);

    /** Records kept in memory, for a store without a database (tests of the store alone). */
    static ImageSizeRecords inMemory() {
        Map<String, Optional<ImageSize>> records = new ConcurrentHashMap<>();
        return new ImageSizeRecords() {
            @Override
            public Map<String, Optional<ImageSize>> find(Collection<String> paths) {
                Map<String, Optional<ImageSize>> found = new java.util.HashMap<>();
                paths.forEach(path -> {
                    Optional<ImageSize> size = records.get(path);
                    if (size != null) {
                        found.put(path, size);
                    }
                });
                return found;
            }

            @Override
            public void record(String path, Optional<ImageSize> size, Instant measuredAt) {
                records.putIfAbsent(path, size);
            }
        };
    }
}
