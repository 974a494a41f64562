package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.geul.base.BlogProperties;
import dev.geul.base.DiskFull;
import dev.geul.base.StorageFullException;
import dev.geul.base.html.HtmlSanitizer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Images and files of posts, served at {@code /media/yyyy/MM/name} and kept in the data folder
 * ({@code BLOG_DATA_DIR/media/yyyy/MM/}) or, for a blog of several nodes, in the database they share
 * ({@code BLOG_MEDIA_STORAGE=database}). What a file is decides its first bytes, not its name or the browser's word: authors
 * upload PNG, JPEG, GIF and WebP images only (no SVG, which can carry scripts); an import also brings the PDF and
 * zip files a post offered for download.
 *
 * <p>An author's upload gets a random name. An imported file is named by its content (SHA-256), in the month
 * of its post: importing the same archive again, or the same image for two posts, stores it once.
 */
@Component
@EnableConfigurationProperties(MediaSettings.class)
public class MediaStore {

    /** The same limit as Spring's multipart setting: a photo from a phone fits, a video does not. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Files an archive brings along may be larger (a zip of sources, a scanned PDF). */
    public static final long MAX_IMPORTED_BYTES = 100L * 1024 * 1024;
    /** What an author may upload: images a browser shows and cannot run scripts in. */
    public static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "gif", "webp");
    /** Files served for download only, never shown inline. */
    public static final Set<String> DOWNLOAD_TYPES = Set.of("pdf", "zip");

    static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|gif|webp|pdf|zip)");
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern MONTH = Pattern.compile("\\d{2}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaStorage storage;
    private final ImageSizes sizes;
    private final Path temporary;
    private final Clock clock;

    @Autowired
    MediaStore(BlogProperties blog, Clock clock, JdbcTemplate jdbc, MediaSettings media) {
        this(blog, clock, switch (media.storage()) {
            case FILESYSTEM -> new FileSystemMediaStorage(blog.mediaDir());
            case DATABASE -> new DatabaseMediaStorage(jdbc, clock, media.concurrentReads());
        }, new DatabaseImageSizeRecords(jdbc));
    }

    MediaStore(BlogProperties blog, Clock clock) {
        this(blog, clock, new FileSystemMediaStorage(blog.mediaDir()), ImageSizeRecords.inMemory());
    }

    private MediaStore(BlogProperties blog, Clock clock, MediaStorage storage, ImageSizeRecords sizes) {
        this.storage = storage;
        this.sizes = new ImageSizes(storage, sizes, clock);
        // files are written here first, in the data folder, so that one on the way in is never served half
        this.temporary = blog.mediaDir().toAbsolutePath().normalize().resolve(".incoming");
        this.clock = clock;
    }

    /**
     * Stores an author's image under a random name and returns the path it is served at
     * ({@value HtmlSanitizer#MEDIA_PATH}...). Authors and admins.
     *
     * @throws MediaRefusedException when the data is not a PNG, JPEG, GIF or WebP image, or larger than {@link #MAX_BYTES}
     * @throws StorageFullException when the disk is full (nothing of the image is kept)
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
    public String store(InputStream data) throws IOException, MediaRefusedException {
        byte[] head = data.readNBytes(12);
        String extension = fileType(head).filter(IMAGE_TYPES::contains)
                .orElseThrow(() -> new MediaRefusedException(MediaRefusedException.Reason.NOT_AN_IMAGE));
        String folder = folder(clock.instant());
        Path partial = null;
        try {
            partial = Files.createTempFile(Files.createDirectories(temporary), "upload-", ".part");
            copy(head, data, partial, MAX_BYTES, null);
            String path = folder + "/" + HexFormat.of().formatHex(randomBytes()) + "." + extension;
            Optional<ImageSize> size = ImageSizes.measure(partial);
            storage.putIfAbsent(path, partial);
            sizes.record(path, size);
            return HtmlSanitizer.MEDIA_PATH + path;
        } catch (IOException e) {
            throw fullDiskOr(e, "the image");
        } finally {
            deleteIfExists(partial);
        }
    }

    /**
     * Stores a file an archive brought (an image, or a PDF or zip offered for download), named by its content,
     * in the folder of the month {@code date} falls in (this month's without one). The bytes are kept as they are.
     * Admins only.
     *
     * @throws MediaRefusedException when the data is none of the accepted types (see {@link #fileType}), or larger
     *                          than {@link #MAX_IMPORTED_BYTES}
     * @throws StorageFullException when the disk is full (nothing of the file is kept)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public StoredMedia storeImported(InputStream data, @Nullable Instant date)
            throws IOException, MediaRefusedException {
        byte[] head = data.readNBytes(12);
        String extension = fileType(head).orElseThrow(() -> new MediaRefusedException(MediaRefusedException.Reason.NOT_AN_IMAGE));
        String folder = folder(date == null ? clock.instant() : date);
        Path partial = null;
        try {
            partial = Files.createTempFile(Files.createDirectories(temporary), "import-", ".part");
            MessageDigest sha256 = sha256();
            copy(head, data, partial, MAX_IMPORTED_BYTES, sha256);
            String path = folder + "/" + HexFormat.of().formatHex(sha256.digest()).substring(0, 32) + "." + extension;
            Optional<ImageSize> size = IMAGE_TYPES.contains(extension) ? ImageSizes.measure(partial)
                    : Optional.empty();
            // the same name is the same bytes: a file that is here already stays as it is
            boolean created = storage.putIfAbsent(path, partial);
            if (IMAGE_TYPES.contains(extension)) {
                sizes.record(path, size);
            }
            return new StoredMedia(HtmlSanitizer.MEDIA_PATH + path, created);
        } catch (IOException e) {
            throw fullDiskOr(e, "the file");
        } finally {
            deleteIfExists(partial);
        }
    }

    /**
     * A full disk as its own refusal, which the studio and the API name (the half-written temporary file is deleted
     * by the caller's {@code finally}, and the storage only ever receives whole files); any other failure as it was.
     */
    private static IOException fullDiskOr(IOException e, String what) {
        if (DiskFull.causes(e)) {
            throw new StorageFullException(what, e);
        }
        return e;
    }

    private static void deleteIfExists(@Nullable Path partial) throws IOException {
        if (partial != null) {
            Files.deleteIfExists(partial);
        }
    }

    /** The stored file for a served path's parts, if the parts name one the store gives out. */
    public Optional<MediaFile> find(String year, String month, String name) throws IOException {
        if (!YEAR.matcher(year).matches() || !MONTH.matcher(month).matches() || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return storage.get(year + "/" + month + "/" + name);
    }

    /** The stored file a served path ({@code /media/yyyy/MM/name}) names, if any. */
    public Optional<MediaFile> find(String servedPath) throws IOException {
        if (servedPath == null || !servedPath.startsWith(HtmlSanitizer.MEDIA_PATH)) {
            return Optional.empty();
        }
        String[] parts = servedPath.substring(HtmlSanitizer.MEDIA_PATH.length()).split("/");
        return parts.length == 3 ? find(parts[0], parts[1], parts[2]) : Optional.empty();
    }

    /**
     * The pixel sizes of the blog's own images among these served paths ({@code /media/yyyy/MM/name}), for pages
     * that give every image its width and height. An image is measured when it is stored; one stored before sizes
     * were kept is measured here, once, and recorded. Paths of other sites, of files not found and of images whose
     * size cannot be read are left out. Anyone may ask (reader pages).
     */
    public Map<String, ImageSize> imageSizes(Collection<String> servedPaths) throws IOException {
        Map<String, String> pathsServed = new LinkedHashMap<>();
        for (String served : servedPaths) {
            storagePath(served).filter(path -> IMAGE_TYPES.contains(extension(path)))
                    .ifPresent(path -> pathsServed.put(path, served));
        }
        Map<String, ImageSize> found = new LinkedHashMap<>();
        sizes.of(pathsServed.keySet()).forEach((path, size) -> found.put(pathsServed.get(path), size));
        return found;
    }

    private static Optional<String> storagePath(String servedPath) {
        if (servedPath == null || !servedPath.startsWith(HtmlSanitizer.MEDIA_PATH)) {
            return Optional.empty();
        }
        String[] parts = servedPath.substring(HtmlSanitizer.MEDIA_PATH.length()).split("/");
        return parts.length == 3 && YEAR.matcher(parts[0]).matches() && MONTH.matcher(parts[1]).matches()
                && NAME.matcher(parts[2]).matches() ? Optional.of(String.join("/", parts)) : Optional.empty();
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** Whether a stored file is offered for download rather than shown in the page. */
    public static boolean isDownload(String name) {
        return DOWNLOAD_TYPES.stream().anyMatch(type -> name.endsWith("." + type));
    }

    /** The file's type by its magic bytes: png, jpg, gif, webp, pdf or zip. */
    public static Optional<String> fileType(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpg");
        }
        if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("gif");
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of("webp");
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("pdf");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return Optional.of("zip");
        }
        return Optional.empty();
    }

    private static void copy(byte[] head, InputStream rest, Path target, long maxBytes,
                             @Nullable MessageDigest digest)
            throws IOException, MediaRefusedException {
        long size = head.length;
        OutputStream file = Files.newOutputStream(target);
        try (OutputStream out = digest == null ? file : new DigestOutputStream(file, digest)) {
            out.write(head);
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = rest.read(buffer)) >= 0; ) {
                size += read;
                if (size > maxBytes) {
                    throw new MediaRefusedException(MediaRefusedException.Reason.TOO_LARGE);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static String folder(Instant date) {
        ZonedDateTime at = date.atZone(ZoneOffset.UTC);
        return "%04d/%02d".formatted(at.getYear(), at.getMonthValue());
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
