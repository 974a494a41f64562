package dev.geul.ui.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.geul.category.CategoryNode;
import dev.geul.post.Post;
import dev.geul.post.PostKind;
import dev.geul.post.PostSummary;
import dev.geul.post.Tag;
import dev.geul.post.Visibility;
import dev.geul.ui.base.PickerI18n;

/**
 * A post's settings beside its text: when it appears and to whom, where it is filed, its address and excerpt; for a
 * page, the page it sits below and its place in the blog's navigation instead of a category and tags. The fields
 * only; the editor binds them to its {@link PostForm}.
 */
final class PostSettings extends Div {

    final DateTimePicker publishAt = new DateTimePicker();
    final Select<Visibility> visibility = new Select<>();
    final TextField accessPassword = new TextField();
    final ComboBox<CategoryNode> category = new ComboBox<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final TextField slug = new TextField();
    final TextArea excerpt = new TextArea();
    final Checkbox sticky = new Checkbox();
    final Checkbox commentsOpen = new Checkbox();
    final ComboBox<PostSummary> parent = new ComboBox<>();
    final IntegerField menuOrder = new IntegerField();

    private final ZoneId zone;

    PostSettings(ZoneId zone) {
        this.zone = zone;
        addClassName("geul-editor-settings");
        publishAt.setLabel(getTranslation("editor.publishat", zone.getId()));
        publishAt.setHelperText(getTranslation("editor.publishat.help"));
        publishAt.setStep(Duration.ofMinutes(15));
        PickerI18n.apply(publishAt);
        visibility.setLabel(getTranslation("editor.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name().toLowerCase()));
        // a password is asked for only where it counts
        visibility.addValueChangeListener(e -> accessPassword.setVisible(e.getValue() == Visibility.PASSWORD));
        accessPassword.setLabel(getTranslation("editor.accesspassword"));
        accessPassword.setMaxLength(Post.PASSWORD_MAX_LENGTH);
        accessPassword.setVisible(false);
        category.setLabel(getTranslation("editor.category"));
        category.setItemLabelGenerator(node -> "\u00a0\u00a0".repeat(node.depth()) + node.name());
        category.setClearButtonVisible(true);
        // a name that is not in the list is offered to the editor, which makes the category
        category.setAllowCustomValue(true);
        tags.setLabel(getTranslation("editor.tags"));
        tags.setHelperText(getTranslation("editor.tags.help"));
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(event -> addTag(event.getDetail()));
        slug.setLabel(getTranslation("editor.slug"));
        slug.setMaxLength(Post.SLUG_MAX_LENGTH);
        excerpt.setLabel(getTranslation("editor.excerpt"));
        excerpt.setHelperText(getTranslation("editor.excerpt.help"));
        excerpt.setMaxLength(Post.EXCERPT_MAX_LENGTH);
        sticky.setLabel(getTranslation("editor.sticky"));
        commentsOpen.setLabel(getTranslation("editor.commentsopen"));
        parent.setLabel(getTranslation("editor.page.parent"));
        parent.setItemLabelGenerator(PostSummary::title);
        parent.setClearButtonVisible(true);
        menuOrder.setLabel(getTranslation("editor.page.menuorder"));
        menuOrder.setHelperText(getTranslation("editor.page.menuorder.help"));
        menuOrder.setMin(0);
        menuOrder.setMax(Post.MENU_ORDER_MAX);
        menuOrder.setStepButtonsVisible(true);
        for (HasSize field : List.<HasSize>of(publishAt, visibility, accessPassword, category, tags, slug, excerpt,
                parent, menuOrder)) {
            field.setWidthFull();
        }
        add(publishAt, visibility, accessPassword, category, tags, parent, menuOrder, slug, excerpt, sticky,
                commentsOpen);
        showKind(PostKind.POST);
    }

    /** A post is filed in a category with tags and may stay on top; a page sits below a page, in the navigation. */
    void showKind(PostKind kind) {
        boolean page = kind == PostKind.PAGE;
        category.setVisible(!page);
        tags.setVisible(!page);
        sticky.setVisible(!page);
        parent.setVisible(page);
        menuOrder.setVisible(page);
    }

    /** The pages a page may sit below: every page the writer may see but itself. */
    void offerParents(List<PostSummary> pages, Long self) {
        parent.setItems(pages.stream().filter(page -> self == null || page.id() != self).toList());
    }

    PostSummary parentPage(Long id) {
        return id == null ? null
                : parent.getListDataView().getItems().filter(page -> page.id() == id).findFirst().orElse(null);
    }

    /** Called with the name the writer typed in the category field that no category in the list has. */
    void onNewCategory(Consumer<String> listener) {
        category.addCustomValueSetListener(event -> listener.accept(event.getDetail()));
    }

    /** Offers the categories again and chooses {@code chosen} among them, as if the writer had picked it. */
    void chooseCategory(List<CategoryNode> categories, long chosen) {
        category.setItems(categories);
        category.setValue(categoryNode(chosen));
    }

    /** The categories (a tree, in reading order) and the tags the author chooses from. */
    void offer(List<CategoryNode> categories, Collection<String> tagNames) {
        category.setItems(categories);
        tags.setItems(new ArrayList<>(tagNames));
    }

    /** Tags the post has that are not offered yet, so they can be shown as chosen. */
    void knowTags(Collection<String> names) {
        names.forEach(this::knowTag);
    }

    CategoryNode categoryNode(Long id) {
        return id == null ? null
                : category.getListDataView().getItems().filter(node -> node.id() == id).findFirst().orElse(null);
    }

    /** The time chosen to publish at, when it lies after {@code now}. */
    Instant scheduledAfter(Instant now) {
        LocalDateTime local = publishAt.getValue();
        if (local == null) {
            return null;
        }
        Instant at = local.atZone(zone).toInstant();
        return at.isAfter(now) ? at : null;
    }

    /** The time shown in the field, whatever it is. */
    Instant chosenPublishAt() {
        return publishAt.getValue() == null ? null : publishAt.getValue().atZone(zone).toInstant();
    }

    /** Shows when the post goes public (scheduled) or went public (published); null for a draft. */
    void showPublishAt(Instant at, boolean published) {
        publishAt.setValue(at == null ? null : LocalDateTime.ofInstant(at, zone));
        publishAt.setHelperText(getTranslation(published ? "editor.publishat.help.published"
                : "editor.publishat.help"));
    }

    /** The field that shows a refusal of the post's {@code field}, or null where none does. */
    HasValidation fieldFor(String field) {
        return switch (field) {
            case "slug" -> slug;
            case "excerpt" -> excerpt;
            case "password" -> accessPassword;
            case "category", "categoryId" -> category;
            case "tags" -> tags;
            case "parent" -> parent;
            case "menuOrder" -> menuOrder;
            case "publishedAt" -> publishAt;
            default -> null;
        };
    }

    List<HasValidation> validatedFields() {
        return List.of(slug, excerpt, accessPassword, category, tags, publishAt, parent, menuOrder);
    }

    private void addTag(String name) {
        String tag = name.strip();
        if (tag.isEmpty() || tag.length() > Tag.NAME_MAX_LENGTH) {
            return;
        }
        knowTag(tag);
        var selected = new LinkedHashSet<>(tags.getValue());
        selected.add(tag);
        tags.setValue(selected);
    }

    private void knowTag(String tag) {
        if (tags.getListDataView().getItems().noneMatch(tag::equals)) {
            tags.getListDataView().addItem(tag);
        }
    }
}
