package dev.geul.ui.media;

import java.io.IOException;
import java.time.Duration;

import dev.geul.media.MediaStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the blog's media. A name is random or the hash of the file's content, never reused for other bytes, so
 * browsers may keep them for a year. PDF and zip files are downloads, never shown in the browser's window.
 */
@Controller
class MediaController {

    private final MediaStore media;

    MediaController(MediaStore media) {
        this.media = media;
    }

    @GetMapping("/media/{year}/{month}/{name}")
    ResponseEntity<Resource> image(@PathVariable String year, @PathVariable String month, @PathVariable String name)
            throws IOException {
        return media.find(year, month, name)
                .<ResponseEntity<Resource>>map(file -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(file.name())
                                .orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .contentLength(file.size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, MediaStore.isDownload(name)
                                ? ContentDisposition.attachment().filename(name).build().toString()
                                : ContentDisposition.inline().build().toString())
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .body(new InputStreamResource(file::open)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
