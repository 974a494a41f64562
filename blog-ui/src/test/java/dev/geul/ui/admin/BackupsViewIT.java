package dev.geul.ui.admin;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.geul.backup.BackupService;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An admin presses "지금 백업" and sees the new archive listed, verified, with its size. */
@SpringBootTest
class BackupsViewIT extends SpringBrowserlessTest {

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    BackupService backups;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.KOREAN);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_backs_up_from_the_menu_and_sees_the_backup_verified() throws InterruptedException {
        var alice = fixtures.author("alice");
        as(alice, () -> posts.create(PostDraft.of("백업할 글", "<p>본문</p>")));
        signInAs(fixtures.admin());
        BackupsView view = navigate(BackupsView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("백업");
        int before = test(view.backups).size();

        test(view.backUpNow).click();
        assertThat(view.backUpNow.isEnabled()).isFalse();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!view.backUpNow.isEnabled() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            view.checkRunning(); // what the browser's poll asks for each second
        }

        assertThat(test(view.backups).size()).isEqualTo(before + 1);
        assertThat(test(view.backups).getCellText(0, 0)).startsWith("geul-backup-").endsWith(".zip");
        assertThat(test(view.backups).getCellText(0, 2)).endsWith("KB");
        assertThat(test(view.backups).getCellText(0, 3)).isEqualTo("확인됨");
    }

    @Test
    void authors_see_no_backups() {
        var alice = fixtures.author("alice");
        assertThatThrownBy(() -> as(alice, () -> backups.list())).isInstanceOf(AccessDeniedException.class);
        signInAs(alice);
        navigate("admin/backups", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BackupsView.class);
    }
}
