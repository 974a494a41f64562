package dev.geul.ui.media;

import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves uploaded images. Their names are random and never reused, so browsers may keep them for a year. */
@Controller
class MediaController {

    private final MediaStore media;

    MediaController(MediaStore media) {
        this.media = media;
    }

    @GetMapping("/media/{year}/{month}/{name}")
    ResponseEntity<Resource> image(@PathVariable String year, @PathVariable String month, @PathVariable String name) {
        return media.find(year, month, name)
                .<ResponseEntity<Resource>>map(file -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(file.getFileName().toString())
                                .orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .body(new FileSystemResource(file)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
