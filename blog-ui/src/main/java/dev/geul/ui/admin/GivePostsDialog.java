package dev.geul.ui.admin;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import dev.geul.account.AccountView;
import dev.geul.post.PostOwnership;

/**
 * Gives every post of one account to another: the posts an import signed with an archive's writer, handed to the
 * account of the person who wrote them.
 */
class GivePostsDialog extends Dialog {

    final Select<AccountView> receiver = new Select<>();
    final Button give = new Button();

    GivePostsDialog(PostOwnership ownership, AccountView giver, List<AccountView> accounts, Runnable given) {
        setHeaderTitle(getTranslation("accounts.giveposts.title", giver.displayName()));
        receiver.setLabel(getTranslation("accounts.giveposts.to"));
        receiver.setItems(accounts.stream().filter(account -> account.id() != giver.id()).toList());
        receiver.setItemLabelGenerator(account -> account.displayName() + " (" + account.username() + ")");
        receiver.setWidthFull();
        add(new Paragraph(getTranslation("accounts.giveposts.help")), receiver);
        give.setText(getTranslation("accounts.giveposts"));
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> {
            AccountView chosen = receiver.getValue();
            if (chosen == null) {
                receiver.setErrorMessage(getTranslation("accounts.giveposts.choose"));
                receiver.setInvalid(true);
                return;
            }
            int moved = ownership.giveAll(giver.id(), chosen.id());
            close();
            Notification.show(getTranslation("accounts.giveposts.done", moved, chosen.displayName()), 4000,
                    Notification.Position.BOTTOM_START);
            given.run();
        });
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), give);
    }
}
