package dev.geul.transfer.tistory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ArchiveLimits;

/**
 * The files of Tistory's current backup (관리 › 블로그 › 데이터 관리), as a zip or as the folder it unpacks to: one
 * folder a post, {@code {id}/{id}-{title}.html}, its images in {@code {id}/img/}. The backup may sit in a folder of
 * its own inside the zip.
 */
sealed interface TistoryBackupFiles extends AutoCloseable {

    /** A post's page: {@code 123/123-제목.html}, maybe below a folder. */
    Pattern POST_PAGE = Pattern.compile("(?:.*/)?(\\d{1,19})/\\1-([^/]*)\\.html?");

    /** One post's page in the backup. */
    record PostPage(String path, String id, String fileTitle) {

        /** The path of a file the page links to ({@code ./img/a.png}), from the backup's root; empty for none. */
        Optional<String> resolve(String src) {
            if (src == null || src.isBlank() || src.contains(":") || src.startsWith("/") || src.startsWith("//")) {
                return Optional.empty();
            }
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            List<String> parts = new ArrayList<>(List.of(folder.split("/")));
            parts.removeIf(String::isEmpty);
            for (String part : java.net.URLDecoder.decode(src.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8).split("/")) {
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return Optional.empty();
                    }
                    parts.removeLast();
                } else if (!part.isEmpty() && !part.equals(".")) {
                    parts.add(part);
                }
            }
            return Optional.of(String.join("/", parts));
        }
    }

    /** The posts' pages, by their number. */
    List<PostPage> posts() throws IOException;

    /** The file at this path from the backup's root, if the backup holds it. */
    Optional<InputStream> open(String path) throws IOException;

    /** The size of all files, for progress reports. */
    long totalBytes();

    @Override
    void close() throws IOException;

    static Optional<PostPage> postPage(String path) {
        Matcher page = POST_PAGE.matcher(path.replace('\\', '/'));
        return page.matches() ? Optional.of(new PostPage(path.replace('\\', '/'), page.group(1), page.group(2)))
                : Optional.empty();
    }

    static Comparator<PostPage> byNumber() {
        return Comparator.comparingLong((PostPage page) -> Long.parseLong(page.id())).thenComparing(PostPage::path);
    }

    /**
     * A backup zip on disk. Its names are read as UTF-8, or as the Korean Windows encoding (CP949) that zips made on
     * Korean Windows use without saying so.
     *
     * @throws ArchiveFormatException when it is not a zip or unpacks to more than {@link ArchiveLimits} allow
     */
    static TistoryBackupFiles zip(Path file) throws IOException {
        try {
            ZipFile utf8 = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8);
            ZipFile zip;
            try {
                utf8.stream().forEach(ZipEntry::getName);
                zip = utf8;
            } catch (IllegalArgumentException notUtf8) {
                utf8.close();
                zip = new ZipFile(file.toFile(), java.nio.charset.Charset.forName("x-windows-949"));
            }
            try {
                ArchiveLimits.check(zip);
            } catch (ArchiveFormatException refused) {
                zip.close();
                throw refused;
            }
            return new Zip(zip, Files.size(file));
        } catch (ZipException e) {
            throw new ArchiveFormatException("This is not a zip file: " + e.getMessage(), e);
        }
    }

    /** A backup unpacked into a folder. */
    static TistoryBackupFiles folder(Path root) {
        return new Folder(root.toAbsolutePath().normalize());
    }

    record Zip(ZipFile zip, long totalBytes) implements TistoryBackupFiles {

        @Override
        public List<PostPage> posts() {
            List<PostPage> pages = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    TistoryBackupFiles.postPage(entry.getName()).ifPresent(pages::add);
                }
            }
            pages.sort(byNumber());
            return pages;
        }

        @Override
        public Optional<InputStream> open(String path) throws IOException {
            ZipEntry entry = zip.getEntry(path);
            return entry == null || entry.isDirectory() ? Optional.empty()
                    : Optional.of(ArchiveLimits.open(zip, entry));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    record Folder(Path root) implements TistoryBackupFiles {

        @Override
        public List<PostPage> posts() throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString())
                        .map(TistoryBackupFiles::postPage).flatMap(Optional::stream)
                        .sorted(byNumber()).toList();
            }
        }

        @Override
        public Optional<InputStream> open(String path) throws IOException {
            Path file = root.resolve(path).normalize();
            return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file))
                    : Optional.empty();
        }

        @Override
        public long totalBytes() {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public void close() {
        }
    }
}
