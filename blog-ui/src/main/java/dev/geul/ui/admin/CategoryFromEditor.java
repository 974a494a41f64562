package dev.geul.ui.admin;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.geul.account.CurrentUser;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.ui.base.Refusals;
import dev.geul.base.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A category the writer types in the editor that is not in the list is never silently dropped: a name the tree
 * already has (whatever its letter case) chooses that category; otherwise an admin is offered to make it, and it is
 * chosen at once. The offer asks first, since the field also sends what was typed when it loses focus. Making
 * categories is for admins ({@link CategoryService} says so too); anyone else is told why beside the field.
 */
final class CategoryFromEditor {

    private final CategoryService categories;
    private final PostSettings settings;
    private final Runnable chosen;

    /** @param chosen told once the category is chosen, as when the writer picks one */
    CategoryFromEditor(CategoryService categories, PostSettings settings, Runnable chosen) {
        this.categories = categories;
        this.settings = settings;
        this.chosen = chosen;
        settings.onNewCategory(this::typed);
        if (CurrentUser.isAdmin()) {
            settings.category.setHelperText(settings.getTranslation("editor.category.help"));
        }
    }

    void typed(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return;
        }
        settings.category.setInvalid(false);
        Optional<CategoryNode> existing = CategoryNode.flatten(categories.tree()).stream()
                .filter(node -> node.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (existing.isPresent()) {
            choose(existing.get().id());
        } else if (!CurrentUser.isAdmin()) {
            refuse(settings.getTranslation("editor.category.adminonly", name));
        } else {
            offer(name);
        }
    }

    private void offer(String name) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(settings.getTranslation("editor.category.new"));
        dialog.setText(settings.getTranslation("editor.category.new.text", name));
        dialog.setConfirmText(settings.getTranslation("editor.category.new.make", name));
        dialog.setCancelable(true);
        dialog.setCancelText(settings.getTranslation("dialog.cancel"));
        dialog.addConfirmListener(event -> make(name));
        dialog.open();
    }

    private void make(String name) {
        try {
            choose(categories.create(new CategoryDraft(name)).id());
            Notification.show(settings.getTranslation("editor.category.created", name), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccessDeniedException refused) {
            refuse(settings.getTranslation("editor.category.adminonly", name));
        } catch (InvalidInputException refused) {
            refuse(Refusals.text(settings, refused));
        }
    }

    private void choose(long id) {
        settings.chooseCategory(CategoryNode.flatten(categories.tree()), id);
        chosen.run();
    }

    private void refuse(String message) {
        settings.category.setErrorMessage(message);
        settings.category.setInvalid(true);
    }
}
