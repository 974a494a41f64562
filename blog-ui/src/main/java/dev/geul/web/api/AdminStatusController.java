package dev.geul.web.api;

import dev.geul.site.SiteStatus;
import dev.geul.site.SiteStatusService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
class AdminStatusController {

    private final SiteStatusService status;

    AdminStatusController(SiteStatusService status) {
        this.status = status;
    }

    @GetMapping("/status")
    SiteStatus status() {
        return status.status();
    }
}
