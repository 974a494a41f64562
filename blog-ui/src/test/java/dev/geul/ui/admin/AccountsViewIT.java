package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import dev.geul.account.AccountService;
import dev.geul.account.AccountView;
import dev.geul.account.BlogUser;
import dev.geul.account.Role;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AccountsViewIT extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_author_changes_their_password_only_with_the_current_one_and_sees_no_admin_tools() {
        signInAs(fixtures.author("alice"));
        AccountsView view = navigate(AccountsView.class);
        assertThat(view.createAccount.isAttached()).isFalse();

        test(view.currentPassword).setValue("not my password");
        test(view.newPassword).setValue("새 비밀번호 12345");
        test(view.repeatPassword).setValue("새 비밀번호 12345");
        test(view.changePassword).click();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct.");

        test(view.currentPassword).setValue(BlogFixtures.PASSWORD);
        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
    }

    @Test
    void an_admin_creates_an_author_who_then_appears_in_the_list() {
        signInAs(fixtures.admin());
        AccountsView view = navigate(AccountsView.class);

        test(view.username).setValue("minsu");
        test(view.displayName).setValue("민수");
        test(view.password).setValue("short");
        test(view.createAccount).click();
        assertThat(view.password.isInvalid()).isTrue();

        test(view.password).setValue("long enough password");
        test(view.createAccount).click();

        assertThat(test(view.grid).size()).isEqualTo(2);
        AccountView minsu = accounts.findByUsername("minsu").orElseThrow();
        assertThat(minsu.displayName()).isEqualTo("민수");
        assertThat(minsu.role()).isEqualTo(Role.AUTHOR);

        test(view.username).setValue("MINSU");
        test(view.displayName).setValue("또 민수");
        test(view.password).setValue("long enough password");
        test(view.createAccount).click();
        assertThat(view.username.getErrorMessage()).isEqualTo("This username is taken.");
    }

    private Button rowButton(AccountsView view, String username, String text) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).username().equals(username)) {
                return test(view.grid).getCellComponent(row, 4).getChildren().map(Button.class::cast)
                        .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("No row for " + username);
    }

    @Test
    void an_admin_gives_every_post_of_an_imported_writer_to_the_account_of_the_person_who_wrote_them() {
        BlogUser imported = fixtures.author("tistory");
        BlogUser alice = fixtures.author("alice");
        PostDetail post = as(imported, () -> posts.publish(posts.create(PostDraft.of("옛 글", "<p>x</p>")).id()));
        signInAs(fixtures.admin());
        AccountsView view = navigate(AccountsView.class);

        test(rowButton(view, "tistory", "Give posts")).click();
        GivePostsDialog dialog = $(GivePostsDialog.class).single();
        test(dialog.give).click();
        assertThat(dialog.receiver.isInvalid()).isTrue();
        test(dialog.receiver).selectItem("Alice (alice)");
        test(dialog.give).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(asGuest(() -> reader.findReadable(post.slug(), null)).orElseThrow().authorName()).isEqualTo("Alice");
        assertThat(asGuest(() -> reader.findReadable(post.slug(), null)).orElseThrow().authorId())
                .isEqualTo(alice.accountId());
    }

    @Test
    void an_admin_sets_the_public_name_of_another_account() {
        fixtures.author("alice");
        signInAs(fixtures.admin());
        AccountsView view = navigate(AccountsView.class);

        test(rowButton(view, "alice", "Profile")).click();
        ProfileDialog dialog = $(ProfileDialog.class).single();
        assertThat(dialog.form.displayName.getValue()).isEqualTo("Alice");
        test(dialog.form.displayName).setValue("앨리스 김");
        test(dialog.save).click();

        assertThat(accounts.findByUsername("alice").orElseThrow().displayName()).isEqualTo("앨리스 김");
        assertThat(test(view.grid).getRow(0).username()).isEqualTo("alice");
        assertThat(test(view.grid).getRow(0).displayName()).isEqualTo("앨리스 김");
    }

    @Test
    void an_author_sees_no_way_to_give_posts_or_change_others_profiles() {
        signInAs(fixtures.author("alice"));
        AccountsView view = navigate(AccountsView.class);

        assertThat(view.grid.isAttached()).isFalse();
        assertThat($(Button.class).all()).noneMatch(button -> button.getText().equals("Give posts"));
    }
}
