package dev.geul.reader;

import java.time.Duration;

import dev.geul.reader.theme.ThemeLookup;
import dev.geul.site.ThemeAsset;
import dev.geul.site.ThemeService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * An uploaded theme's images and fonts, served by the blog itself (no other host learns who reads it). Their
 * address carries the theme's revision, which a new upload changes, so browsers keep them for a year; an address
 * of an older revision still answers, with the current file, for a short while only.
 */
@Controller
class ThemeFilesController {

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl BRIEFLY = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ThemeService themes;

    ThemeFilesController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping(ThemeLookup.FILES_PATH + "{name}/{revision}/**")
    ResponseEntity<byte[]> file(@PathVariable String name, @PathVariable long revision, HttpServletRequest request,
                                WebRequest webRequest) {
        String prefix = ThemeLookup.FILES_PATH + name + "/" + revision + "/";
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.startsWith(prefix)) {
            return ResponseEntity.notFound().build();
        }
        String path = uri.substring(prefix.length());
        return themes.asset(name, path).map(asset -> answer(asset, revision, webRequest))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private static ResponseEntity<byte[]> answer(ThemeAsset asset, long revision, WebRequest request) {
        String etag = "\"" + asset.revision() + "-" + asset.content().length + "\"";
        CacheControl cache = asset.revision() == revision ? FOREVER : BRIEFLY;
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(asset.contentType())).eTag(etag)
                .cacheControl(cache).body(asset.content());
    }
}
