package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.backup.BackupProperties;
import dev.geul.backup.BackupService;
import dev.geul.base.BlogProperties;
import dev.geul.testing.BlockedFolder;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the latest backup failed, the studio says so: on the backups page with when, why and the last good backup,
 * and in the frame of every page an admin opens, until a backup succeeds. Authors, who cannot act on it, are not
 * told.
 */
@SpringBootTest
class FailedBackupNoticeIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    BackupService backups;
    @Autowired
    BlogProperties blog;
    @Autowired
    BackupProperties backupProperties;

    BlockedFolder blocked;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.KOREAN);
    }

    @AfterEach
    void signOutAndFreeTheFolder() {
        if (blocked != null) {
            blocked.close();
        }
        signInAs(fixtures.admin());
        backups.backUpNow();
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_sees_the_failed_backup_on_the_backups_page_and_in_every_pages_frame() {
        signInAs(fixtures.admin());
        backups.backUpNow();
        blocked = BlockedFolder.at(BackupService.backupDir(blog, backupProperties));
        backups.backUpNow();

        BackupsView view = navigate(BackupsView.class);

        assertThat(view.latestFailure.isVisible()).isTrue();
        String said = view.latestFailure.getElement().getTextRecursively();
        assertThat(said).contains("마지막 백업(").contains("이 실패했습니다: 백업 폴더에 쓸 수 없습니다")
                .contains("자세히: The backup folder cannot be written")
                .contains("아직 성공한 백업이 없습니다");
        AdminLayout layout = (AdminLayout) view.getParent().orElseThrow();
        assertThat(layout.backupFailed.isVisible()).isTrue();
        assertThat(layout.backupFailed.getText()).isEqualTo("백업 실패");
        assertThat(layout.backupFailed.getElement().getAttribute("title")).contains("백업 폴더에 쓸 수 없습니다");

        navigate(PostsView.class);
        assertThat(layout.backupFailed.isVisible()).as("the frame of another page says it too").isTrue();

        blocked.close();
        backups.backUpNow();
        view = navigate(BackupsView.class);
        assertThat(view.latestFailure.isVisible()).isFalse();
        assertThat(layout.backupFailed.isVisible()).isFalse();
    }

    @Test
    void authors_are_not_told() {
        var alice = fixtures.author("alice");
        signInAs(fixtures.admin());
        blocked = BlockedFolder.at(BackupService.backupDir(blog, backupProperties));
        backups.backUpNow();
        signInAs(alice);

        PostsView posts = navigate(PostsView.class);

        AdminLayout layout = (AdminLayout) posts.getParent().orElseThrow();
        assertThat(layout.backupFailed.isVisible()).isFalse();
    }
}
