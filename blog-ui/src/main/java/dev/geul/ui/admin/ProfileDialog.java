package dev.geul.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import dev.geul.account.AccountService;
import dev.geul.account.AccountView;
import dev.geul.media.MediaStore;
import dev.geul.base.InvalidInputException;

/** An admin sets the name, picture and bio readers see of any account: a writer who never signs in, say. */
class ProfileDialog extends Dialog {

    final ProfileForm form;
    final Button save = new Button();

    ProfileDialog(AccountService accounts, MediaStore media, AccountView account, Runnable saved) {
        setHeaderTitle(getTranslation("accounts.profile.title", account.username()));
        form = new ProfileForm(media);
        form.show(accounts.publicProfile(account.id()).orElseThrow());
        add(form);
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                accounts.changeProfile(account.id(), form.value());
            } catch (InvalidInputException refusal) {
                form.refused(refusal);
                return;
            }
            close();
            Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START);
            saved.run();
        });
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), save);
    }
}
