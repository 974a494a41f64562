package dev.geul.ui.admin;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.AccountService;
import dev.geul.account.AccountView;
import dev.geul.account.Role;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class AccountsViewIT extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    BlogFixtures fixtures;

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
}
