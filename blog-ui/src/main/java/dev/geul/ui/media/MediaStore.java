package dev.geul.ui.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.geul.base.BlogProperties;
import dev.geul.base.html.HtmlSanitizer;
import org.springframework.stereotype.Component;

/**
 * Images authors put into posts, kept under {@code BLOG_DATA_DIR/media/yyyy/MM/} with random names and served
 * at {@code /media/yyyy/MM/name}. What a file is decides its first bytes, not its name or the browser's word:
 * only PNG, JPEG, GIF and WebP get in (no SVG, which can carry scripts).
 */
@Component
public class MediaStore {

    /** The same limit as Spring's multipart setting: a photo from a phone fits, a video does not. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|gif|webp)");
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    static final Pattern MONTH = Pattern.compile("\\d{2}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Clock clock;

    MediaStore(BlogProperties blog, Clock clock) {
        this.root = blog.mediaDir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Why an upload was refused. */
    public enum Refusal { NOT_AN_IMAGE, TOO_LARGE }

    public static class RefusedException extends Exception {

        private final Refusal reason;

        RefusedException(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /**
     * Stores an image and returns the path it is served at ({@value HtmlSanitizer#MEDIA_PATH}...).
     *
     * @throws RefusedException when the data is not a PNG, JPEG, GIF or WebP image, or larger than {@link #MAX_BYTES}
     */
    public String store(InputStream data) throws IOException, RefusedException {
        byte[] head = data.readNBytes(12);
        String extension = imageType(head).orElseThrow(() -> new RefusedException(Refusal.NOT_AN_IMAGE));
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        String folder = "%04d/%02d".formatted(now.getYear(), now.getMonthValue());
        Path dir = root.resolve(folder);
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, "upload-", ".part");
        try {
            long size = head.length;
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(head);
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = data.read(buffer)) >= 0; ) {
                    size += read;
                    if (size > MAX_BYTES) {
                        throw new RefusedException(Refusal.TOO_LARGE);
                    }
                    out.write(buffer, 0, read);
                }
            }
            String name = HexFormat.of().formatHex(randomBytes()) + "." + extension;
            Files.move(partial, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return HtmlSanitizer.MEDIA_PATH + folder + "/" + name;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The stored file for a served path's parts, if the parts name one; nothing outside the media folder. */
    Optional<Path> find(String year, String month, String name) {
        if (!YEAR.matcher(year).matches() || !MONTH.matcher(month).matches() || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(year).resolve(month).resolve(name).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The file's type by its magic bytes: png, jpg, gif or webp. */
    static Optional<String> imageType(byte[] head) {
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
        return Optional.empty();
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

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
