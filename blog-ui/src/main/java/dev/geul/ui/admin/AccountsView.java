package dev.geul.ui.admin;

import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.Account;
import dev.geul.account.AccountService;
import dev.geul.account.AccountView;
import dev.geul.account.BlogUser;
import dev.geul.account.DuplicateUsernameException;
import dev.geul.account.NewAccount;
import dev.geul.account.Role;
import dev.geul.base.BlogProperties;
import dev.geul.media.MediaStore;
import dev.geul.post.PostOwnership;
import dev.geul.ui.base.Formats;
import dev.geul.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;
import dev.geul.base.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everyone changes their own password here; admins also create accounts, reset passwords, set anyone's profile and
 * give one account's posts to another.
 */
@Route(value = "admin/accounts", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button changePassword = new Button();

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final Select<Role> role = new Select<>();
    final Button createAccount = new Button();
    final Grid<AccountView> grid = new Grid<>();

    private final AccountService accounts;
    private final MediaStore media;
    private final PostOwnership ownership;
    private final ZoneId zone;

    public AccountsView(AccountService accounts, AuthenticationContext authentication, BlogProperties blog,
                        MediaStore media, PostOwnership ownership) {
        this.accounts = accounts;
        this.media = media;
        this.ownership = ownership;
        this.zone = blog.timeZone();
        addClassName("geul-admin-page");
        BlogUser me = authentication.getAuthenticatedUser(BlogUser.class).orElseThrow();

        currentPassword.setLabel(getTranslation("accounts.currentpassword"));
        newPassword.setLabel(getTranslation("accounts.newpassword"));
        newPassword.setHelperText(getTranslation("accounts.password.help", Account.PASSWORD_MIN_LENGTH));
        newPassword.setMaxLength(Account.PASSWORD_MAX_LENGTH);
        repeatPassword.setLabel(getTranslation("accounts.repeatpassword"));
        changePassword.setText(getTranslation("accounts.changepassword"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changeOwnPassword());
        FormLayout own = new FormLayout(currentPassword, newPassword, repeatPassword);
        own.setMaxWidth("40rem");
        add(new H2(getTranslation("accounts.mine", me.username())), own, changePassword);

        if (me.isAdmin()) {
            username.setLabel(getTranslation("accounts.username"));
            username.setMaxLength(Account.USERNAME_MAX_LENGTH);
            username.setPattern(Account.USERNAME_PATTERN);
            displayName.setLabel(getTranslation("accounts.displayname"));
            displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
            password.setLabel(getTranslation("login.password"));
            password.setHelperText(getTranslation("accounts.password.help", Account.PASSWORD_MIN_LENGTH));
            password.setMaxLength(Account.PASSWORD_MAX_LENGTH);
            role.setLabel(getTranslation("accounts.role"));
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase()));
            role.setValue(Role.AUTHOR);
            createAccount.setText(getTranslation("accounts.create"));
            createAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            createAccount.addClickListener(e -> create());
            FormLayout form = new FormLayout(username, displayName, password, role);
            form.setMaxWidth("40rem");

            grid.addColumn(AccountView::username).setHeader(getTranslation("accounts.username"));
            grid.addColumn(AccountView::displayName).setHeader(getTranslation("accounts.displayname"));
            grid.addColumn(a -> getTranslation("role." + a.role().name().toLowerCase()))
                    .setHeader(getTranslation("accounts.role"));
            grid.addColumn(a -> Formats.date(a.createdAt(), zone, getLocale())).setHeader(getTranslation("accounts.since"));
            grid.addComponentColumn(a -> {
                Button reset = new Button(getTranslation("accounts.reset"), e -> resetPassword(a));
                Button profile = new Button(getTranslation("accounts.profile"),
                        e -> new ProfileDialog(accounts, media, a, () -> grid.setItems(accounts.list())).open());
                Button givePosts = new Button(getTranslation("accounts.giveposts"),
                        e -> new GivePostsDialog(getTranslation("accounts.giveposts.title", a.displayName()),
                                accounts.list().stream().filter(other -> other.id() != a.id()).toList(),
                                receiver -> ownership.giveAll(a.id(), receiver.id()), () -> { }).open());
                HorizontalLayout actions = new HorizontalLayout(reset, profile, givePosts);
                actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
                actions.setSpacing(false);
                actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
                return actions;
            }).setAutoWidth(true);
            grid.setAllRowsVisible(true);
            grid.setItems(accounts.list());
            add(new H2(getTranslation("accounts.all")), grid, new H2(getTranslation("accounts.new")), form,
                    createAccount);
        }
    }

    private void changeOwnPassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            invalid(repeatPassword, getTranslation("accounts.error.repeat"));
            return;
        }
        if (newPassword.getValue().length() < Account.PASSWORD_MIN_LENGTH) {
            invalid(newPassword, getTranslation("accounts.password.help", Account.PASSWORD_MIN_LENGTH));
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (AccessDeniedException e) {
            invalid(currentPassword, getTranslation("accounts.error.current"));
            return;
        } catch (InvalidInputException e) {
            invalid(newPassword, Refusals.text(this, e));
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        Notification.show(getTranslation("accounts.passwordchanged"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void create() {
        username.setInvalid(false);
        displayName.setInvalid(false);
        password.setInvalid(false);
        try {
            accounts.create(new NewAccount(username.getValue().strip(), displayName.getValue().strip(),
                    password.getValue(), role.getValue()));
        } catch (DuplicateUsernameException e) {
            invalid(username, Refusals.text(this, e));
            return;
        } catch (InvalidInputException e) {
            Refusals.byField(this, e).forEach((field, text) -> {
                switch (field) {
                    case "username" -> invalid(username, text);
                    case "displayName" -> invalid(displayName, text);
                    default -> invalid(password, text);
                }
            });
            return;
        }
        Notification.show(getTranslation("accounts.created", username.getValue()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        username.clear();
        displayName.clear();
        password.clear();
        grid.setItems(accounts.list());
    }

    private void resetPassword(AccountView account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.reset.title", account.username()));
        PasswordField fresh = new PasswordField(getTranslation("accounts.newpassword"));
        fresh.setHelperText(getTranslation("accounts.password.help", Account.PASSWORD_MIN_LENGTH));
        dialog.add(fresh);
        Button save = new Button(getTranslation("comment.save"), e -> {
            try {
                accounts.resetPassword(account.id(), fresh.getValue());
                dialog.close();
                Notification.show(getTranslation("accounts.passwordchanged"), 3000, Notification.Position.BOTTOM_START);
            } catch (InvalidInputException ex) {
                invalid(fresh, Refusals.text(this, ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.accounts");
    }
}
