package dev.geul.ui.appearance;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.base.InvalidInputException;
import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import dev.geul.site.ColorScheme;
import dev.geul.site.ThemeInUseException;
import dev.geul.site.ThemeName;
import dev.geul.site.ThemeService;
import dev.geul.ui.admin.AdminLayout;
import dev.geul.ui.base.Refusals;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * How the blog looks to readers: the theme (built in or uploaded as a zip), the blog's title and description, an
 * accent colour, light or dark, custom CSS, the author's picture and introduction. Previewed first by the admin
 * alone, then saved at once for every reader. Admins only.
 */
@Route(value = "admin/appearance", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class AppearanceView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<ThemeChoice> theme = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextField description = new TextField();
    final TextField accentColor = new TextField();
    final ComboBox<ColorScheme> colorScheme = new ComboBox<>();
    final TextField profileImageUrl = new TextField();
    final TextArea bio = new TextArea();
    final TextArea customCss = new TextArea();
    final Button save = new Button();
    final ThemeUploadPanel uploads;
    final ThemePreviewPanel preview;
    final Button deleteTheme = new Button();

    private final AppearanceService appearance;
    private final ThemeService themes;

    public AppearanceView(AppearanceService appearance, ThemeService themes) {
        this.appearance = appearance;
        this.themes = themes;
        addClassName("geul-admin-page");
        theme.setLabel(getTranslation("appearance.theme"));
        theme.setItemLabelGenerator(choice -> choice.isUploaded()
                ? getTranslation("appearance.theme.uploaded", choice.uploaded())
                : getTranslation("appearance.theme." + choice.builtIn().folder()));
        offerThemes(null);
        deleteTheme.setText(getTranslation("appearance.theme.delete"));
        deleteTheme.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteTheme.setEnabled(false);
        theme.addValueChangeListener(e -> deleteTheme.setEnabled(e.getValue() != null && e.getValue().isUploaded()));
        deleteTheme.addClickListener(e -> deleteChosenTheme());
        uploads = new ThemeUploadPanel(themes, this::offerThemes);
        preview = new ThemePreviewPanel(this::unsaved);
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
        Anchor blog = new Anchor("/", getTranslation("admin.viewblog"));
        blog.setTarget("_blank");
        add(new H2(getTranslation("app.admin.appearance")), theme, deleteTheme, new H3(getTranslation("appearance.upload")),
                uploads, title, description, accentColor, colorScheme, profileImageUrl, bio, customCss,
                new H3(getTranslation("appearance.preview.heading")), preview, save, blog);
        show(appearance.current());
    }

    /** Offers the built-in themes and every uploaded one, keeping the choice (or choosing one just uploaded). */
    private void offerThemes(@Nullable String justUploaded) {
        ThemeChoice chosen = justUploaded != null ? ThemeChoice.uploaded(justUploaded) : theme.getValue();
        java.util.List<ThemeChoice> choices = new java.util.ArrayList<>();
        for (ThemeName name : ThemeName.values()) {
            choices.add(ThemeChoice.of(name));
        }
        themes.names().forEach(name -> choices.add(ThemeChoice.uploaded(name)));
        theme.setItems(choices);
        if (chosen != null) {
            choices.stream().filter(chosen::sameTheme).findFirst().ifPresent(theme::setValue);
        }
    }

    /** Deletes the chosen uploaded theme, unless readers see it; the choice goes back to the saved one. */
    void deleteChosenTheme() {
        ThemeChoice chosen = theme.getValue();
        String uploaded = chosen == null ? null : chosen.uploaded();
        if (uploaded == null) {
            return;
        }
        try {
            themes.delete(uploaded);
            offerThemes(null);
            ThemeChoice saved = ThemeChoice.of(appearance.current());
            theme.getListDataView().getItems().filter(saved::sameTheme).findFirst().ifPresent(theme::setValue);
            Notification.show(getTranslation("appearance.theme.deleted", uploaded), 3000,
                    Notification.Position.BOTTOM_START);
        } catch (ThemeInUseException inUse) {
            Notification.show(getTranslation("error.theme.inUse"), 5000, Notification.Position.MIDDLE);
        }
    }

    private void show(AppearanceSettings settings) {
        ThemeChoice chosen = ThemeChoice.of(settings);
        theme.getListDataView().getItems().filter(chosen::sameTheme).findFirst().ifPresent(theme::setValue);
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
                "bio", bio, "customCss", customCss, "uploadedTheme", theme);
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            show(appearance.change(unsaved()));
            Notification.show(getTranslation("appearance.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (InvalidInputException refused) {
            // what the admin typed stays in the fields, the reason beside each (an uploaded theme deleted meanwhile
            // is said beside the theme)
            refused.fields().forEach(each -> showRefusal(fields, each));
        }
    }

    private void showRefusal(Map<String, HasValidation> fields, InvalidInputException refused) {
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(Refusals.text(this, refused));
            field.setInvalid(true);
        }
    }

    /** The settings as the form holds them now. */
    @SuppressWarnings("NullAway") // with no theme chosen, the settings are made without one so that their
    // validation (@NotNull) refuses it beside the theme field
    AppearanceSettings unsaved() {
        ThemeChoice chosen = theme.getValue();
        return new AppearanceSettings(chosen == null ? null : chosen.builtIn(), title.getValue(),
                description.getValue(), accentColor.getValue(), colorScheme.getValue(), customCss.getValue(),
                profileImageUrl.getValue(), bio.getValue(), chosen == null ? null : chosen.uploaded());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.appearance");
    }
}
