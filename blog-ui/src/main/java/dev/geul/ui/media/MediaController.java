package dev.geul.ui.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;

import dev.geul.media.ImageVariants;
import dev.geul.media.ImageVariants.ImageVariant;
import dev.geul.media.MediaBusyException;
import dev.geul.media.MediaFile;
import dev.geul.media.MediaStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Serves the blog's media. A name is random or the hash of the file's content, never reused for other bytes, so
 * browsers may keep them for a year and the name is the file's tag ({@code ETag}). PDF and zip files are downloads,
 * never shown in the browser's window.
 *
 * <p>Files are copied to the reader as they are read, a buffer at a time, never held whole; a range of bytes
 * ({@code Range}) is served alone, so a video or a broken download resumes where it stopped. When the storage is
 * reading as many files as it allows at once, the reader is asked to come back shortly (503, {@code Retry-After}).
 *
 * <p>An image's narrower copies ({@code name-480w.jpg}, see {@link ImageVariants}) are served the same way, under
 * their own names and tags.
 */
@Controller
class MediaController {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaStore media;
    private final ImageVariants variants;

    MediaController(MediaStore media, ImageVariants variants) {
        this.media = media;
        this.variants = variants;
    }

    @GetMapping("/media/{year}/{month}/{name}")
    void media(@PathVariable String year, @PathVariable String month, @PathVariable String name,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ImageVariants.isVariant(name)) {
            Optional<ImageVariant> variant;
            try {
                variant = variants.find(year, month, name);
            } catch (MediaBusyException busy) {
                comeBackLater(response, busy);
                return;
            }
            serve(name, variant.map(ImageVariant::file), variant.map(ImageVariant::lasting).orElse(true), request,
                    response);
        } else {
            serve(name, media.find(year, month, name), true, request, response);
        }
    }

    /**
     * @param lasting whether the name always serves these bytes; a file that stands in for a while (the original
     *                while its narrower copy cannot be made) is served whole and kept by no one
     */
    private static void serve(String name, Optional<MediaFile> found, boolean lasting, HttpServletRequest request,
                              HttpServletResponse response) throws IOException {
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        String tag = "\"" + name + "\"";
        Optional<ByteRange> range = Optional.empty();
        if (lasting) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, FOR_A_YEAR.getHeaderValue());
            if (new ServletWebRequest(request, response).checkNotModified(tag, file.lastModified().toEpochMilli())) {
                return;
            }
            range = ByteRange.requested(request.getHeader(HttpHeaders.RANGE), request.getHeader(HttpHeaders.IF_RANGE),
                    tag, file.lastModified(), file.size());
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        }
        if (range.isPresent() && !range.get().satisfiable()) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
            return;
        }
        ByteRange served = range.orElse(ByteRange.whole(file.size()));
        boolean head = HttpMethod.HEAD.matches(request.getMethod());
        try (InputStream content = head ? InputStream.nullInputStream() : file.open()) {
            writeHeaders(response, name, file, range.isPresent() ? served : null);
            if (!head) {
                copy(content, served, response.getOutputStream());
            }
        } catch (MediaBusyException busy) {
            response.reset();
            comeBackLater(response, busy);
        }
    }

    private static void comeBackLater(HttpServletResponse response, MediaBusyException busy) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    private static void writeHeaders(HttpServletResponse response, String name, MediaFile file,
                                     @Nullable ByteRange partial) {
        response.setContentType(MediaTypeFactory.getMediaType(file.name())
                .orElse(MediaType.APPLICATION_OCTET_STREAM).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, MediaStore.isDownload(name)
                ? ContentDisposition.attachment().filename(name).build().toString()
                : ContentDisposition.inline().build().toString());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        if (partial == null) {
            response.setContentLengthLong(file.size());
        } else {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE, partial.contentRange(file.size()));
            response.setContentLengthLong(partial.length());
        }
    }

    private static void copy(InputStream content, ByteRange range, OutputStream out) throws IOException {
        content.skipNBytes(range.first());
        byte[] buffer = new byte[BUFFER_BYTES];
        long remaining = range.length();
        while (remaining > 0) {
            int read = content.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new IOException("The media file ended " + remaining + " bytes early");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }
}
