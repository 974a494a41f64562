package dev.geul.ui.appearance;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Violations;
import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import dev.geul.site.ColorScheme;
import dev.geul.site.ThemeName;
import dev.geul.ui.admin.AdminLayout;
import dev.geul.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

/**
 * How the blog looks to readers: the theme, the blog's title and description, an accent colour, light or dark,
 * custom CSS, the author's picture and introduction. Saved at once for every reader. Admins only.
 */
@Route(value = "admin/appearance", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class AppearanceView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<ThemeName> theme = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextField description = new TextField();
    final TextField accentColor = new TextField();
    final ComboBox<ColorScheme> colorScheme = new ComboBox<>();
    final TextField profileImageUrl = new TextField();
    final TextArea bio = new TextArea();
    final TextArea customCss = new TextArea();
    final Button save = new Button();

    private final AppearanceService appearance;

    public AppearanceView(AppearanceService appearance) {
        this.appearance = appearance;
        addClassName("geul-admin-page");
        theme.setLabel(getTranslation("appearance.theme"));
        theme.setItems(ThemeName.values());
        theme.setItemLabelGenerator(name -> getTranslation("appearance.theme." + name.folder()));
        title.setLabel(getTranslation("appearance.title"));
        title.setMaxLength(AppearanceSettings.TITLE_MAX_LENGTH);
        description.setLabel(getTranslation("appearance.description"));
        description.setMaxLength(AppearanceSettings.DESCRIPTION_MAX_LENGTH);
        accentColor.setLabel(getTranslation("appearance.accent"));
        accentColor.setPlaceholder("#2b6cb0");
        accentColor.setMaxLength(7);
        colorScheme.setLabel(getTranslation("appearance.scheme"));
        colorScheme.setItems(ColorScheme.values());
        colorScheme.setItemLabelGenerator(scheme -> getTranslation("appearance.scheme." + scheme.name().toLowerCase()));
        profileImageUrl.setLabel(getTranslation("appearance.image"));
        profileImageUrl.setMaxLength(AppearanceSettings.IMAGE_URL_MAX_LENGTH);
        bio.setLabel(getTranslation("appearance.bio"));
        bio.setMaxLength(AppearanceSettings.BIO_MAX_LENGTH);
        customCss.setLabel(getTranslation("appearance.css"));
        customCss.setMaxLength(AppearanceSettings.CUSTOM_CSS_MAX_LENGTH);
        customCss.setHelperText(getTranslation("appearance.css.help"));
        for (var field : new com.vaadin.flow.component.HasSize[]{title, description, profileImageUrl, bio, customCss}) {
            field.setWidth("36rem");
        }
        customCss.setMinHeight("10rem");
        save.setText(getTranslation("appearance.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Anchor preview = new Anchor("/", getTranslation("admin.viewblog"));
        preview.setTarget("_blank");
        add(new H2(getTranslation("app.admin.appearance")), theme, title, description, accentColor, colorScheme,
                profileImageUrl, bio, customCss, save, preview);
        show(appearance.current());
    }

    private void show(AppearanceSettings settings) {
        theme.setValue(settings.theme());
        title.setValue(orEmpty(settings.title()));
        description.setValue(orEmpty(settings.description()));
        accentColor.setValue(orEmpty(settings.accentColor()));
        colorScheme.setValue(settings.colorScheme());
        profileImageUrl.setValue(orEmpty(settings.profileImageUrl()));
        bio.setValue(orEmpty(settings.bio()));
        customCss.setValue(orEmpty(settings.customCss()));
    }

    void save() {
        Map<String, HasValidation> fields = Map.of("theme", theme, "title", title, "description", description,
                "accentColor", accentColor, "colorScheme", colorScheme, "profileImageUrl", profileImageUrl,
                "bio", bio, "customCss", customCss);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            show(appearance.change(new AppearanceSettings(theme.getValue(), title.getValue(), description.getValue(),
                    accentColor.getValue(), colorScheme.getValue(), customCss.getValue(), profileImageUrl.getValue(),
                    bio.getValue())));
            Notification.show(getTranslation("appearance.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (ConstraintViolationException refused) {
            // what the admin typed stays in the fields, the reason beside each
            for (InvalidInputException each : Violations.refusals(refused)) {
                HasValidation field = fields.get(each.field());
                if (field != null) {
                    field.setErrorMessage(Refusals.text(this, each));
                    field.setInvalid(true);
                }
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.appearance");
    }
}
