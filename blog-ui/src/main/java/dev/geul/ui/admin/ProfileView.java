package dev.geul.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.AccountService;
import dev.geul.account.AuthorProfile;
import dev.geul.account.BlogUser;
import dev.geul.media.MediaStore;
import jakarta.annotation.security.RolesAllowed;
import dev.geul.base.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in writer's own name, picture and bio, as readers see them under their posts. */
@Route(value = "admin/profile", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final ProfileForm form;
    final Button save = new Button();

    private final AccountService accounts;
    private final long accountId;

    public ProfileView(AccountService accounts, MediaStore media, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.accountId = authentication.getAuthenticatedUser(BlogUser.class).orElseThrow().accountId();
        addClassName("geul-admin-page");
        form = new ProfileForm(media);
        form.show(accounts.publicProfile(accountId).orElseThrow());
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new Paragraph(getTranslation("profile.help")), form, save);
    }

    private void save() {
        AuthorProfile saved;
        try {
            saved = accounts.changeProfile(accountId, form.value());
        } catch (InvalidInputException refusal) {
            form.refused(refusal);
            return;
        }
        form.show(saved);
        signedInAs(saved.displayName());
        Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The studio greets the writer by the new name from now on, without signing in again. */
    private void signedInAs(String displayName) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof BlogUser user) {
            BlogUser renamed = user.withDisplayName(displayName);
            UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(renamed,
                    current.getCredentials(), current.getAuthorities());
            updated.setDetails(current.getDetails());
            SecurityContextHolder.getContext().setAuthentication(updated);
        }
        AdminLayout layout = findAncestor(AdminLayout.class);
        if (layout != null) {
            layout.showSignedInAs(displayName);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.profile");
    }
}
