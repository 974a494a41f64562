package dev.geul.transfer;

/**
 * What a format makes of an XML archive: each element of its top level (a writer, a category, an item) read into
 * the run as the blog's writers, categories, tags and posts. One for each import; see
 * {@link ImportPipeline#importXml}.
 */
public interface ArchiveMapping {

    /** Maps one element of the archive's top level to what the run stores. */
    void read(ArchiveElement element);

    /** After the last element, with every post read stored: for what needs the stored posts. Nothing by default. */
    default void allRead() {
    }
}
