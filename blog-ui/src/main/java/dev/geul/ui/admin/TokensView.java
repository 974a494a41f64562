package dev.geul.ui.admin;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.account.ApiTokens;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.ui.base.Refusals;
import dev.geul.ui.base.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * A writer's personal API tokens: one for each tool that writes for them, shown once when made, revoked when the
 * tool is gone; the list says when each was last used.
 */
@Route(value = "admin/tokens", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class TokensView extends VerticalLayout implements HasDynamicTitle {

    /** Days a new token works for; 0 for as long as it is not revoked. */
    static final List<Integer> LIFETIMES = List.of(30, 90, 365, 0);

    final TextField name = new TextField();
    final Select<Integer> lifetime = new Select<>();
    final Checkbox makesTokens = new Checkbox();
    final Button create = new Button();
    final TextField shown = new TextField();
    final Grid<ApiTokens.TokenView> tokens = new Grid<>();

    private final ApiTokens service;

    public TokensView(ApiTokens service, BlogProperties blog) {
        this.service = service;
        addClassName("geul-admin-page");
        name.setLabel(getTranslation("tokens.name"));
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        name.setMaxLength(ApiTokens.NAME_MAX_LENGTH);
        lifetime.setLabel(getTranslation("tokens.lifetime"));
        lifetime.setItems(LIFETIMES);
        lifetime.setItemLabelGenerator(days -> days == 0 ? getTranslation("tokens.lifetime.never")
                : getTranslation("tokens.lifetime.days", days));
        lifetime.setValue(90);
        makesTokens.setLabel(getTranslation("tokens.makesTokens"));
        create.setText(getTranslation("tokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> createToken());
        shown.setLabel(getTranslation("tokens.shown"));
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setVisible(false);
        tokens.addColumn(ApiTokens.TokenView::name).setHeader(getTranslation("tokens.name"));
        tokens.addColumn(token -> token.shownPrefix() + "…").setHeader(getTranslation("tokens.token"));
        tokens.addColumn(token -> Formats.dateTime(token.createdAt(), blog.timeZone(), getLocale()))
                .setHeader(getTranslation("tokens.created"));
        tokens.addColumn(token -> token.lastUsedAt() == null ? getTranslation("tokens.never")
                : Formats.dateTime(token.lastUsedAt(), blog.timeZone(), getLocale()))
                .setHeader(getTranslation("tokens.lastUsed"));
        tokens.addColumn(token -> token.expiresAt() == null ? getTranslation("tokens.expires.never")
                : Formats.dateTime(token.expiresAt(), blog.timeZone(), getLocale()))
                .setHeader(getTranslation("tokens.expires"));
        tokens.addColumn(token -> token.canMakeTokens() ? getTranslation("tokens.makesTokens.yes") : "")
                .setHeader(getTranslation("tokens.makesTokens.header"));
        tokens.addComponentColumn(token -> {
            if (token.revokedAt() != null) {
                return new Paragraph(getTranslation("tokens.revoked"));
            }
            if (token.expired()) {
                return new Paragraph(getTranslation("tokens.expired"));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), event -> {
                service.revoke(token.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        });
        tokens.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(name, lifetime, makesTokens, create);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.help")), form, shown, tokens);
        refresh();
    }

    private void createToken() {
        try {
            Integer days = lifetime.getValue();
            ApiTokens.NewToken made = service.create(name.getValue(),
                    days == null || days == 0 ? null : Duration.ofDays(days), makesTokens.getValue());
            name.clear();
            name.setInvalid(false);
            shown.setValue(made.token());
            shown.setHelperText(getTranslation("tokens.shown.help"));
            shown.setVisible(true);
            refresh();
        } catch (InvalidInputException e) {
            name.setInvalid(true);
            name.setErrorMessage(Refusals.text(this, e));
        }
    }

    private void refresh() {
        tokens.setItems(service.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
