package dev.geul.ui.admin;

import java.util.List;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import dev.geul.account.AccountView;

/**
 * Gives posts to another account: the posts an import signed with an archive's writer (or with the admin who
 * imported them), handed to the account of the person who wrote them.
 */
class GivePostsDialog extends Dialog {

    final Select<AccountView> receiver = new Select<>();
    final Button give = new Button();

    /**
     * @param candidates the accounts that may receive the posts
     * @param giving     gives the posts to the chosen account and says how many changed hands
     * @param given      runs once they did
     */
    GivePostsDialog(String title, List<AccountView> candidates, ToIntFunction<AccountView> giving, Runnable given) {
        setHeaderTitle(title);
        receiver.setLabel(getTranslation("accounts.giveposts.to"));
        receiver.setItems(candidates);
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
            int moved = giving.applyAsInt(chosen);
            close();
            Notification.show(getTranslation("accounts.giveposts.done", moved, chosen.displayName()), 4000,
                    Notification.Position.BOTTOM_START);
            given.run();
        });
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), give);
    }
}
