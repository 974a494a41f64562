package dev.geul.web.api;

import java.util.List;

import dev.geul.backup.BackupService;
import dev.geul.backup.BackupSummary;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The blog's backups over the admin API: make one now, list those in the backup folder. */
@RestController
@RequestMapping("/api/admin/backups")
class BackupsApiController {

    private final BackupService backups;

    BackupsApiController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    @Operation(summary = "Back the blog up now",
            description = "Writes an archive of every table (one consistent snapshot, while the blog serves) and the "
                    + "media files, reads it back and answers once it is done: 201 with the backup when it verified, "
                    + "500 with the reason when it did not (failure: FOLDER_NOT_WRITABLE, DISK_FULL, DATABASE_UNREACHABLE, "
                    + "WRITE_FAILED or NOT_VERIFIED, and problem: the details; it leaves no archive, is never counted "
                    + "as a good one, and GET /api/admin/status says it failed until a backup succeeds), 409 while "
                    + "another backup is being made.")
    ResponseEntity<BackupSummary> backUp() {
        BackupSummary made = backups.backUpNow();
        return ResponseEntity.status(made.verified() ? HttpStatus.CREATED : HttpStatus.INTERNAL_SERVER_ERROR)
                .body(made);
    }

    @GetMapping
    @Operation(summary = "The backups in the backup folder",
            description = "Newest first: file name, size in bytes, when it was made, whether it verified (and why "
                    + "not), and its rows.")
    List<BackupSummary> list() {
        return backups.list();
    }
}
