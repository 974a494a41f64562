package dev.geul.ui.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.category.Category;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;
import dev.geul.base.InvalidInputException;

/** The category tree: create, rename, move below another category, delete. Admins only, as in the service. */
@Route(value = "admin/categories", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<CategoryNode> tree = new TreeGrid<>();
    final Button create = new Button();
    final Button edit = new Button();
    final Button delete = new Button();

    private final CategoryService categories;

    public CategoriesView(CategoryService categories) {
        this.categories = categories;
        setSizeFull();
        addClassName("geul-admin-page");
        tree.addHierarchyColumn(CategoryNode::name).setHeader(getTranslation("categories.name")).setFlexGrow(2);
        tree.addColumn(CategoryNode::slug).setHeader(getTranslation("editor.slug")).setFlexGrow(1);
        tree.addColumn(CategoryNode::totalPostCount).setHeader(getTranslation("categories.posts")).setAutoWidth(true);
        tree.setSizeFull();
        tree.addSelectionListener(e -> refreshButtons());
        tree.addItemDoubleClickListener(e -> openForm(e.getItem()));

        create.setText(getTranslation("categories.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        edit.setText(getTranslation("categories.edit"));
        edit.addClickListener(e -> selected().ifPresent(this::openForm));
        delete.setText(getTranslation("comment.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
        add(new HorizontalLayout(create, edit, delete), tree);
        refresh();
    }

    private java.util.Optional<CategoryNode> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        List<CategoryNode> roots = categories.tree();
        tree.setItems(roots, CategoryNode::children);
        tree.expandRecursively(roots, 5);
        refreshButtons();
    }

    private void refreshButtons() {
        boolean any = selected().isPresent();
        edit.setEnabled(any);
        delete.setEnabled(any);
    }

    /** The form for a new category ({@code node} null) or an existing one. */
    CategoryForm openForm(CategoryNode node) {
        CategoryForm form = new CategoryForm(node);
        form.open();
        return form;
    }

    final class CategoryForm extends Dialog {

        final TextField name = new TextField(getTranslation("categories.name"));
        final TextField slug = new TextField(getTranslation("editor.slug"));
        final TextArea description = new TextArea(getTranslation("categories.description"));
        final ComboBox<CategoryNode> parent = new ComboBox<>(getTranslation("categories.parent"));
        final IntegerField sortOrder = new IntegerField(getTranslation("categories.sortorder"));
        final Button save = new Button(getTranslation("comment.save"));

        CategoryForm(CategoryNode node) {
            setHeaderTitle(getTranslation(node == null ? "categories.new" : "categories.edit"));
            name.setMaxLength(Category.NAME_MAX_LENGTH);
            name.setRequired(true);
            slug.setMaxLength(dev.geul.base.Slugs.MAX_LENGTH);
            slug.setHelperText(getTranslation("categories.slug.help"));
            description.setMaxLength(Category.DESCRIPTION_MAX_LENGTH);
            Set<Long> below = node == null ? Set.of() : CategoryNode.flatten(List.of(find(node.id())))
                    .stream().map(CategoryNode::id).collect(Collectors.toSet());
            parent.setItems(CategoryNode.flatten(categories.tree()).stream()
                    .filter(candidate -> !below.contains(candidate.id())).toList());
            parent.setItemLabelGenerator(candidate -> "\u00a0\u00a0".repeat(candidate.depth()) + candidate.name());
            parent.setClearButtonVisible(true);
            parent.setHelperText(getTranslation("categories.parent.help"));
            sortOrder.setStepButtonsVisible(true);
            sortOrder.setValue(0);
            if (node != null) {
                CategoryDraft draft = categories.draftOf(node.id());
                name.setValue(draft.name());
                slug.setValue(draft.slug() == null ? "" : draft.slug());
                description.setValue(draft.description() == null ? "" : draft.description());
                parent.setValue(draft.parentId() == null ? null : parent.getListDataView().getItems()
                        .filter(candidate -> candidate.id() == draft.parentId()).findFirst().orElse(null));
                sortOrder.setValue(draft.sortOrder());
            }
            FormLayout form = new FormLayout(name, slug, parent, sortOrder, description);
            form.setColspan(description, 2);
            add(form);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save(node));
            getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), save);
            setWidth("min(40rem, 95vw)");
        }

        private void save(CategoryNode node) {
            name.setInvalid(false);
            CategoryDraft draft = new CategoryDraft(name.getValue().strip(), slug.getValue().strip(),
                    description.getValue(), parent.getValue() == null ? null : parent.getValue().id(),
                    sortOrder.getValue() == null ? 0 : sortOrder.getValue());
            try {
                if (node == null) {
                    categories.create(draft);
                } else {
                    categories.update(node.id(), draft);
                }
            } catch (InvalidInputException e) {
                // the name field says it, whichever field was refused: the form's other fields rarely are
                name.setErrorMessage(Refusals.text(this, e));
                name.setInvalid(true);
                return;
            }
            close();
            Notification.show(getTranslation("categories.saved"), 2500, Notification.Position.BOTTOM_START);
            refresh();
        }
    }

    private CategoryNode find(long id) {
        return CategoryNode.flatten(categories.tree()).stream().filter(node -> node.id() == id).findFirst()
                .orElseThrow();
    }

    private void confirmDelete(CategoryNode node) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("categories.delete.title", node.name()),
                getTranslation("categories.delete.text"), getTranslation("comment.delete"), e -> {
            categories.delete(node.id());
            refresh();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.categories");
    }
}
