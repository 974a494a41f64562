package dev.geul.transfer;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One of the archives the studio's single upload takes: the importer of each format, in a package of its own,
 * says which it reads, and {@link ArchiveImporter}, which tells them apart by their first bytes, hands it the file.
 */
public interface ArchiveFormat {

    /** The archive this importer reads. */
    ArchiveImporter.Format format();

    /**
     * Imports the archive from its first byte; admins only, in the caller's thread.
     *
     * @param archive    read to its end, not closed
     * @param totalBytes its size for progress reports, or -1
     * @param postsAs    how the posts come in when the archive does not say who could read them; ignored otherwise
     * @throws ArchiveFormatException when the file is not this archive or breaks off
     */
    ImportReport importArchive(InputStream archive, long totalBytes, PostsAs postsAs,
                               Consumer<ImportProgress> progress);
}
