package dev.geul.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import dev.geul.site.ThemeService;
import dev.geul.site.ThemeSummary;
import dev.geul.site.ThemeUploadReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Themes uploaded as zips, for admins: upload one, list them, read one with its files, delete one. Choosing the
 * theme readers see is part of the appearance ({@code uploadedTheme} of {@code /api/admin/appearance}).
 */
@RestController
@RequestMapping("/api/admin/themes")
class ThemesApiController {

    private final ThemeService themes;

    ThemesApiController(ThemeService themes) {
        this.themes = themes;
    }

    /** The answer of the list: the page asked for and how many themes there are. */
    record ThemesPage(long total, int page, int size, List<ThemeSummary> items) {
    }

    @PostMapping(consumes = {TransferApiController.ZIP, TransferApiController.WINDOWS_ZIP})
    @Operation(summary = "Upload a theme",
            description = "The body is the theme's zip: templates named as the built-in themes' (layout.mustache, "
                    + "home.mustache, post.mustache, header.mustache, ...; any it leaves out come from classic), "
                    + "theme.css, and images or fonts. It is checked whole before anything is stored: 422 names the "
                    + "problem (not a zip, more than 10 MB or 200 files, a file that unpacks far beyond its size, a "
                    + "template that does not compile with its file and line, a file of another kind) and nothing "
                    + "changes. 201 with the theme and the files left out (a README, .DS_Store); 200 when it "
                    + "replaced the theme of that name.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = TransferApiController.ZIP,
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = TransferApiController.WINDOWS_ZIP,
                            schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<ThemeUploadReport> upload(@RequestParam String name, HttpServletRequest request)
            throws IOException {
        Path zip = Files.createTempFile("geul-theme-", ".zip");
        try (InputStream body = request.getInputStream()) {
            Files.copy(body, zip, StandardCopyOption.REPLACE_EXISTING);
            ThemeUploadReport report = themes.upload(name, zip);
            return ResponseEntity.status(report.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @GetMapping
    @Operation(summary = "Uploaded themes",
            description = "By name, without their files; page counts from 1, size is 1 to 50. inUse says which one "
                    + "readers see.")
    ThemesPage list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
        ApiPaging paging = ApiPaging.of(page, size);
        Page<ThemeSummary> found = themes.list(PageRequest.of(paging.zeroBased(), paging.size()));
        return new ThemesPage(found.getTotalElements(), page, size, found.getContent());
    }

    @GetMapping("/{name}")
    @Operation(summary = "An uploaded theme", description = "With its files (path, content type, bytes); 404 when "
            + "there is none of that name.")
    ThemeSummary get(@PathVariable String name) {
        return themes.get(name);
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an uploaded theme",
            description = "409 when readers see it: choose another theme first (the blog never switches to another "
                    + "one by itself). 404 when there is none of that name.")
    void delete(@PathVariable String name) {
        themes.delete(name);
    }
}
