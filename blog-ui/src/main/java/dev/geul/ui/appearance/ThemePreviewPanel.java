package dev.geul.ui.appearance;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import dev.geul.reader.ThemePreviews;
import dev.geul.site.AppearanceSettings;

/**
 * The blog's front page with the settings on the form, before they are saved: kept in the admin's session and shown
 * in a frame to them alone (readers still see the saved look).
 */
class ThemePreviewPanel extends VerticalLayout {

    final Button show = new Button();
    final IFrame frame = new IFrame();

    private final Supplier<AppearanceSettings> unsaved;

    ThemePreviewPanel(Supplier<AppearanceSettings> unsaved) {
        this.unsaved = unsaved;
        setPadding(false);
        show.setText(getTranslation("appearance.preview"));
        show.addClickListener(e -> show());
        frame.setWidth("100%");
        frame.setHeight("40rem");
        frame.getElement().setAttribute("title", getTranslation("appearance.preview.title"));
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        frame.setVisible(false);
        add(new Paragraph(getTranslation("appearance.preview.help")), show, frame);
    }

    /** @return the address the frame shows */
    String show() {
        ThemePreviews.Preview preview = ThemePreviews.Preview.of(unsaved.get());
        VaadinSession.getCurrent().getSession().setAttribute(ThemePreviews.ATTRIBUTE, preview);
        String address = preview.address("/");
        frame.setSrc(address);
        frame.setVisible(true);
        return address;
    }
}
