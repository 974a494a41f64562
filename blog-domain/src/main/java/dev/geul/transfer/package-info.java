/**
 * Moving a blog in and out: the import engine every archive format shares. {@link dev.geul.transfer.ImportPipeline}
 * runs an import around what a format reads (for an XML archive, its {@link dev.geul.transfer.ArchiveMapping} of
 * the elements {@link dev.geul.transfer.ArchiveReader} reads item by item), keeping what was read when the archive
 * breaks off; {@link dev.geul.transfer.ImportRun} stores what the format read in batches and keeps the report;
 * {@link dev.geul.transfer.ArchiveImporter} tells an upload's format by its first bytes and hands it to that format's
 * {@link dev.geul.transfer.ArchiveFormat}. The formats live in packages of their own ({@code wxr}, {@code tistory},
 * {@code markdown}), each depending on this one and on no other.
 *
 * <p>Null-marked: a value that may be missing says so with {@code @Nullable}, which the build checks (NullAway).
 */
@NullMarked
package dev.geul.transfer;

import org.jspecify.annotations.NullMarked;
