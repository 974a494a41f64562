package dev.geul.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.base.InvalidInputException;
import dev.geul.search.synonym.SynonymGroup;
import dev.geul.search.synonym.SynonymService;
import dev.geul.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;

/**
 * The words readers use for one another (남친, 남자친구): a search for one finds posts holding any. One group a
 * line, words separated by commas; a change counts at once, with no reindex. Admins only.
 */
@Route(value = "admin/synonyms", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class SynonymsView extends VerticalLayout implements HasDynamicTitle {

    final TextField newGroup = new TextField();
    final VerticalLayout groups = new VerticalLayout();

    private final SynonymService synonyms;

    public SynonymsView(SynonymService synonyms) {
        this.synonyms = synonyms;
        addClassName("geul-admin-page");
        newGroup.setPlaceholder(getTranslation("synonyms.placeholder"));
        newGroup.setMaxLength(SynonymGroup.MAX_LENGTH);
        newGroup.setWidth("30rem");
        Button add = new Button(getTranslation("synonyms.add"), VaadinIcon.PLUS.create(), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(newGroup, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        groups.setPadding(false);
        groups.setSpacing(false);
        add(new H2(getTranslation("app.admin.synonyms")), new Paragraph(getTranslation("synonyms.help")), adding,
                groups);
        showGroups();
    }

    private void showGroups() {
        groups.removeAll();
        synonyms.list().forEach(group -> groups.add(row(group)));
    }

    private HorizontalLayout row(SynonymService.Group group) {
        TextField words = new TextField();
        words.setValue(String.join(", ", group.words()));
        words.setMaxLength(SynonymGroup.MAX_LENGTH);
        words.setWidth("30rem");
        words.setAriaLabel(getTranslation("app.admin.synonyms"));
        Button save = new Button(getTranslation("synonyms.save"), e -> {
            try {
                synonyms.change(group.id(), group.version(), words.getValue());
                Notification.show(getTranslation("synonyms.saved"), 2500, Notification.Position.BOTTOM_START);
                showGroups();
            } catch (InvalidInputException refused) {
                // what the admin typed stays in the field, to correct
                words.setInvalid(true);
                words.setErrorMessage(Refusals.text(this, refused));
            }
        });
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            synonyms.delete(group.id());
            Notification.show(getTranslation("synonyms.deleted", String.join(", ", group.words())), 4000,
                    Notification.Position.BOTTOM_START);
            showGroups();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("synonyms.delete"));
        HorizontalLayout row = new HorizontalLayout(words, save, delete);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void add() {
        try {
            synonyms.add(newGroup.getValue());
            newGroup.clear();
            newGroup.setInvalid(false);
            showGroups();
        } catch (InvalidInputException refused) {
            newGroup.setInvalid(true);
            newGroup.setErrorMessage(Refusals.text(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.synonyms");
    }
}
