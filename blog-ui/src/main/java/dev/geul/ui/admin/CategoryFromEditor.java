package dev.geul.ui.admin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.ui.base.Refusals;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A category the writer types in the editor that is not in the list: made at once and chosen, so what was typed is
 * never silently dropped. A name the tree already has (whatever its letter case) chooses that category instead.
 * Making categories is for admins ({@link CategoryService}); anyone else is told so beside the field.
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
        try {
            long id = existing.map(CategoryNode::id).orElseGet(() -> categories.create(new CategoryDraft(name)).id());
            List<CategoryNode> all = CategoryNode.flatten(categories.tree());
            settings.chooseCategory(all, id);
            chosen.run();
            if (existing.isEmpty()) {
                Notification.show(settings.getTranslation("editor.category.created", name), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (AccessDeniedException refused) {
            refuse(settings.getTranslation("editor.category.adminonly", name));
        } catch (ConstraintViolationException refused) {
            refuse(Refusals.first(settings, refused));
        }
    }

    private void refuse(String message) {
        settings.category.setErrorMessage(message);
        settings.category.setInvalid(true);
    }
}
