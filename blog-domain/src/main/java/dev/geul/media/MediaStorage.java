package dev.geul.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the blog's media files are kept, by their served path ({@code 2026/03/name.png}): the data folder of one
 * node (the default), or the database that every node of a blog shares.
 */
interface MediaStorage {

    /**
     * Keeps the file under this path, unless a file is there already (the same path is the same bytes).
     *
     * @param file a temporary file, which the storage may move away
     * @return whether the file was stored now
     */
    boolean putIfAbsent(String path, Path file) throws IOException;

    /** The file at this path, if there is one. */
    Optional<MediaFile> get(String path) throws IOException;
}
