package dev.geul.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import dev.geul.account.BlogUser;
import dev.geul.base.BlogProperties;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed backup stays the admin's business until a backup succeeds: the service answers it as the latest, with
 * its reason, even when the folder kept nothing of it, and lets it go once a good one is made.
 */
@SpringBootTest
class BackupServiceFailureIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    BlogProperties blog;
    @Autowired
    BackupService backups;

    @TempDir
    Path folder;

    BlogUser admin;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        admin = fixtures.admin();
    }

    @Test
    void the_latest_failure_is_answered_until_a_backup_succeeds() throws IOException {
        Path dir = folder.resolve("backups");
        Files.writeString(dir, "a file where the backup folder should be");
        BackupService service = new BackupService(dataSource, blog, new BackupProperties(dir, null, 7),
                Clock.systemUTC(), new dev.geul.media.MediaSettings(dev.geul.media.MediaSettings.Storage.DATABASE, 16));

        BackupSummary failed = service.backUpNow();

        assertThat(failed.verified()).isFalse();
        assertThat(service.latestFailure()).hasValueSatisfying(latest -> {
            assertThat(latest.failure()).isEqualTo(BackupFailure.FOLDER_NOT_WRITABLE);
            assertThat(latest.problem()).contains(dir.toString());
        });

        Files.delete(dir);
        BackupSummary good = service.backUpNow();

        assertThat(good.verified()).as(good.problem()).isTrue();
        assertThat(service.latest()).map(BackupSummary::file).hasValue(good.file());
        assertThat(service.latestFailure()).isEmpty();
    }

    @Test
    void a_failure_recorded_in_the_folder_is_still_said_after_a_restart() throws IOException {
        Path dir = folder.resolve("backups");
        BackupFolder.ArchiveCheck damaged = archive -> new BackupVerifier.Verification(null, "damaged on disk");
        BackupSummary failed = new BackupFolder(dir, 7, damaged).make(dataSource, null, java.time.Instant.now());

        BackupService afterRestart = new BackupService(dataSource, blog, new BackupProperties(dir, null, 7),
                Clock.systemUTC(), new dev.geul.media.MediaSettings(dev.geul.media.MediaSettings.Storage.DATABASE, 16));

        assertThat(afterRestart.latestFailure()).hasValueSatisfying(latest -> {
            assertThat(latest.file()).isEqualTo(failed.file());
            assertThat(latest.failure()).isEqualTo(BackupFailure.NOT_VERIFIED);
        });
    }

    @Test
    void only_admins_see_how_backups_stand() {
        BlogUser author = fixtures.author("alice");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(author, () -> backups.latestFailure()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as(admin, () -> backups.latest())).isNotNull();
    }
}
