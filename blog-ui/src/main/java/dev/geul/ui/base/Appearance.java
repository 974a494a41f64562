package dev.geul.ui.base;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * The reader's language and light or dark colours, kept in their session so every page (the readers' frame
 * and the writers' one) shows them the same way.
 */
public final class Appearance {

    static final String DARK = "dark";
    private static final String DARK_KEY = Appearance.class.getName() + ".dark";

    private Appearance() {
    }

    /** Switches between Korean and English and reloads the page in the other language. */
    public static void switchLanguage(UI ui) {
        Locale next = Formats.isKorean(ui.getLocale()) ? Locale.ENGLISH : Locale.KOREAN;
        VaadinSession.getCurrent().setLocale(next);
        ui.getPage().reload();
    }

    public static void toggleDark(UI ui) {
        boolean dark = !isDark();
        VaadinSession.getCurrent().setAttribute(DARK_KEY, dark ? Boolean.TRUE : null);
        apply(ui);
    }

    /** Puts the session's colours on a freshly opened page. */
    public static void apply(UI ui) {
        var themes = ui.getElement().getThemeList();
        if (isDark()) {
            themes.add(DARK);
        } else {
            themes.remove(DARK);
        }
    }

    static boolean isDark() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(DARK_KEY));
    }
}
