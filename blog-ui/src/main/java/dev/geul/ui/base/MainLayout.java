package dev.geul.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.BlogUser;
import dev.geul.base.BlogProperties;
import dev.geul.search.words.SearchSuggestions;

/**
 * The frame of every reader's page: the blog's name, its pages, search, language and colour switches, and sign-in.
 * Kept to a handful of components, since each reader's session holds it on the server.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public MainLayout(BlogProperties blog, AuthenticationContext authentication, SearchSuggestions suggestions,
                      NavigationPages pages) {
        Anchor title = new Anchor("/", blog.title());
        title.addClassName("geul-title-link");
        title.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-xl)");

        SearchBox search = new SearchBox(suggestions);
        search.setWidth("14rem");

        Button language = new Button(getTranslation("app.language"), e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button theme = new Button(VaadinIcon.ADJUST.create(), e -> toggleDark());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("app.theme.dark"));

        HorizontalLayout bar = new HorizontalLayout(title, new PageMenu(pages.pages()), new Span(), search, language,
                theme);
        authentication.getAuthenticatedUser(BlogUser.class).ifPresentOrElse(user -> {
            Anchor admin = new Anchor("admin/posts", getTranslation("app.admin.posts"));
            Button signOut = new Button(getTranslation("app.signout"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(admin, signOut);
        }, () -> bar.add(new Anchor("login", getTranslation("app.signin"))));
        bar.setWidthFull();
        bar.setPadding(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(bar.getComponentAt(2));
        bar.getStyle().set("flex-wrap", "wrap");
        Header header = new Header(bar);
        header.addClassName("geul-header");
        content.addClassName("geul-main");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    private void switchLanguage() {
        Appearance.switchLanguage(UI.getCurrent());
    }

    private void toggleDark() {
        Appearance.toggleDark(UI.getCurrent());
    }
}
