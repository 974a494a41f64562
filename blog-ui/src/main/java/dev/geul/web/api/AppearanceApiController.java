package dev.geul.web.api;

import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the blog looks to readers, for admins: read it, or replace it as a whole. */
@RestController
@RequestMapping("/api/admin/appearance")
class AppearanceApiController {

    private final AppearanceService appearance;

    AppearanceApiController(AppearanceService appearance) {
        this.appearance = appearance;
    }

    @GetMapping
    @Operation(summary = "The blog's appearance",
            description = "Theme (CLASSIC with a sidebar, COLUMN for long reading), title and description (null: "
                    + "the configured ones), accent colour (#rrggbb), colour scheme (LIGHT, DARK, AUTO), custom CSS, "
                    + "the author's picture and introduction.")
    AppearanceSettings get() {
        return appearance.current();
    }

    @PutMapping
    @Operation(summary = "Replace the blog's appearance",
            description = "Every field at once; reader pages show it within seconds. 422 names the refused field.")
    AppearanceSettings put(@RequestBody AppearanceSettings settings) {
        return appearance.change(settings);
    }
}
