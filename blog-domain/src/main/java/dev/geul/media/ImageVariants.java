package dev.geul.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.geul.base.BlogProperties;
import dev.geul.base.DiskFull;
import dev.geul.base.html.HtmlSanitizer;
import net.coobird.thumbnailator.Thumbnails;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Narrower copies of the blog's own PNG and JPEG images, for pages that let a phone pick a size fitting its screen
 * ({@code srcset}): {@code /media/2026/03/name-480w.jpg} is {@code name.jpg} 480 pixels wide. Only the widths of
 * {@link #WIDTHS} narrower than the image exist, so no request makes the blog resize to a size of its choosing.
 * A copy is made the first time it is asked for, one image at a time, and kept in {@code BLOG_DATA_DIR/media-sizes}
 * (on each node, whichever storage keeps the originals; a backup leaves them out, as they are made again).
 *
 * <p>GIFs (which may move) and WebP images are shown as they are. An image of more than {@link #MAX_PIXELS} pixels is
 * never decoded, which would take hundreds of megabytes: its sizes are the original. So is a copy that would be
 * larger than the original, and an image that cannot be decoded.
 */
@Component
public class ImageVariants {

    /** Widths offered: a phone at 1x, at 2x or a tablet, and a phone at 3x or a laptop's column at 2x. */
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200);
    /** A 24-megapixel photo takes about 100 MB decoded; a larger one is not. */
    public static final long MAX_PIXELS = 24_000_000L;

    static final Pattern OWN_IMAGE = Pattern.compile(Pattern.quote(HtmlSanitizer.MEDIA_PATH)
            + "(\\d{4}/\\d{2}/[0-9a-f]{32})\\.(png|jpg)");
    static final Pattern NAME = Pattern.compile("([0-9a-f]{32})-("
            + WIDTHS.stream().map(String::valueOf).collect(Collectors.joining("|")) + ")w\\.(png|jpg)");
    static final float JPEG_QUALITY = 0.82f;
    /** How long a reader waits for the copies other readers asked for first, before getting the original. */
    static final long WAIT_SECONDS = 10;

    private final MediaStore media;
    private final MediaStorage kept;
    private final Path temporary;
    // a decoded image is large: one at a time keeps a page of twenty photos from taking the memory at once
    private final Semaphore resizing = new Semaphore(1);

    @Autowired
    ImageVariants(MediaStore media, BlogProperties blog) {
        this(media, blog.dataDir().resolve("media-sizes"));
    }

    ImageVariants(MediaStore media, Path folder) {
        this.media = media;
        this.kept = new FileSystemMediaStorage(folder);
        this.temporary = folder.toAbsolutePath().normalize().resolve(".incoming");
    }

    /**
     * The widths offered for an image of this size at this served path, narrowest first: empty for another
     * site's image, a GIF, a WebP, an image no wider than the narrowest width and one of too many pixels.
     */
    public static List<Integer> widths(String servedPath, @Nullable ImageSize size) {
        if (servedPath == null || size == null || !OWN_IMAGE.matcher(servedPath).matches()
                || (long) size.width() * size.height() > MAX_PIXELS) {
            return List.of();
        }
        return WIDTHS.stream().filter(width -> width < size.width()).toList();
    }

    /** Where the copy {@code width} pixels wide of an image {@link #widths} offers copies of is served. */
    public static String servedPath(String servedPath, int width) {
        int dot = servedPath.lastIndexOf('.');
        return servedPath.substring(0, dot) + "-" + width + "w" + servedPath.substring(dot);
    }

    /** Whether a served name ({@code name-480w.jpg}) asks for a narrower copy of an image. */
    public static boolean isVariant(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * The copy a served path's parts name, made now if it was not yet: empty when the name is no copy the blog
     * offers (a width not in {@link #WIDTHS}, or not narrower than the image) or the image is not here. Anyone may
     * ask (reader pages).
     *
     * @throws MediaBusyException when the storage is reading as many files as it allows at once
     */
    public Optional<ImageVariant> find(String year, String month, String name) throws IOException {
        Matcher variant = NAME.matcher(name);
        if (!variant.matches()) {
            return Optional.empty();
        }
        int width = Integer.parseInt(variant.group(2));
        String originalName = variant.group(1) + "." + variant.group(3);
        Optional<MediaFile> original = media.find(year, month, originalName);
        if (original.isEmpty()) {
            return Optional.empty();
        }
        String served = HtmlSanitizer.MEDIA_PATH + year + "/" + month + "/" + originalName;
        ImageSize size = media.imageSizes(List.of(served)).get(served);
        if (size != null && width >= size.width()) {
            return Optional.empty();
        }
        if (!widths(served, size).contains(width)) {
            return Optional.of(new ImageVariant(original.get(), true)); // too many pixels, or a size not readable
        }
        String path = year + "/" + month + "/" + name;
        Optional<MediaFile> made = kept.get(path);
        return made.isPresent() ? Optional.of(new ImageVariant(made.get(), true)) : make(path, width, original.get());
    }

    private Optional<ImageVariant> make(String path, int width, MediaFile original) throws IOException {
        boolean waited;
        try {
            waited = resizing.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            waited = false;
        }
        if (!waited) {
            return Optional.of(new ImageVariant(original, false));
        }
        Path source = null;
        Path resized = null;
        try {
            Optional<MediaFile> madeMeanwhile = kept.get(path);
            if (madeMeanwhile.isPresent()) {
                return Optional.of(new ImageVariant(madeMeanwhile.get(), true));
            }
            Path folder = Files.createDirectories(temporary);
            source = Files.createTempFile(folder, "original-", ".part");
            try (InputStream in = original.open()) {
                Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
            }
            resized = Files.createTempFile(folder, "resized-", ".part");
            boolean smaller = resize(source, resized, width, path.substring(path.lastIndexOf('.') + 1))
                    && Files.size(resized) < Files.size(source);
            // an image that cannot be decoded, or compresses worse when narrower, is kept as it is under this name
            kept.putIfAbsent(path, smaller ? resized : source);
            return kept.get(path).map(file -> new ImageVariant(file, true));
        } catch (IOException e) {
            if (DiskFull.causes(e)) {
                return Optional.of(new ImageVariant(original, false)); // readers are served on; made once there is room
            }
            throw e;
        } finally {
            resizing.release();
            deleteIfExists(source);
            deleteIfExists(resized);
        }
    }

    /** Whether the image could be decoded and was written {@code width} pixels wide, as shown (EXIF rotation applied). */
    private static boolean resize(Path source, Path target, int width, String format) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            var builder = Thumbnails.of(source.toFile()).width(width).outputFormat(format);
            if (format.equals("jpg")) {
                builder.outputQuality(JPEG_QUALITY);
            }
            builder.toOutputStream(out);
            return true;
        } catch (IOException | RuntimeException unreadable) {
            if (DiskFull.causes(unreadable)) {
                throw unreadable instanceof IOException full ? full : new IOException(unreadable);
            }
            return false;
        }
    }

    private static void deleteIfExists(@Nullable Path file) throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A copy to serve, or the original in its place.
     *
     * @param lasting whether this is what the name always serves (browsers may keep it); false when the original
     *                stands in for a while, as copies are being made for other readers or the disk is full
     */
    public record ImageVariant(MediaFile file, boolean lasting) {
    }
}
