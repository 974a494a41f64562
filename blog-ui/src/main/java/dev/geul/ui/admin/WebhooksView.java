package dev.geul.ui.admin;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.ui.base.Refusals;
import dev.geul.webhook.RegisteredWebhook;
import dev.geul.webhook.Webhook;
import dev.geul.webhook.WebhookEvent;
import dev.geul.webhook.Webhooks;
import jakarta.annotation.security.RolesAllowed;

/**
 * The endpoints told of what happens on the blog: registered with the events they want, the secret shown once,
 * paused, removed, and each one's deliveries with every try ({@link WebhookHistory}).
 */
@Route(value = "admin/webhooks", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    final TextField url = new TextField();
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>();
    final TextField description = new TextField();
    final Button add = new Button();
    final TextField secret = new TextField();
    final Grid<Webhook> endpoints = new Grid<>();
    final H3 historyTitle = new H3();
    final WebhookHistory history;

    private final Webhooks webhooks;

    public WebhooksView(Webhooks webhooks, BlogProperties blog) {
        this.webhooks = webhooks;
        this.history = new WebhookHistory(blog.timeZone());
        addClassName("geul-admin-page");
        url.setLabel(getTranslation("webhooks.url"));
        url.setPlaceholder("https://");
        url.setMaxLength(Webhook.URL_MAX_LENGTH);
        url.setWidthFull();
        events.setLabel(getTranslation("webhooks.events"));
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(this::eventLabel);
        description.setLabel(getTranslation("webhooks.description"));
        description.setMaxLength(Webhook.DESCRIPTION_MAX_LENGTH);
        add.setText(getTranslation("webhooks.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> register());
        secret.setLabel(getTranslation("webhooks.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);

        endpoints.addColumn(Webhook::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(2);
        endpoints.addColumn(hook -> hook.events().stream().map(WebhookEvent::wireName)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("webhooks.events"));
        endpoints.addColumn(hook -> hook.description() == null ? "" : hook.description())
                .setHeader(getTranslation("webhooks.description"));
        endpoints.addColumn(hook -> getTranslation(hook.active() ? "webhooks.active" : "webhooks.paused")
                + (hook.lastOutcome() == null ? "" : " · " + getTranslation("webhooks.state."
                + hook.lastOutcome().name().toLowerCase(Locale.ROOT))))
                .setHeader(getTranslation("webhooks.col.state"));
        endpoints.addComponentColumn(this::actions).setAutoWidth(true);
        endpoints.setAllRowsVisible(true);
        endpoints.addSelectionListener(event -> showHistory(event.getFirstSelectedItem().orElse(null)));

        HorizontalLayout form = new HorizontalLayout(description, add);
        form.setAlignItems(Alignment.BASELINE);
        historyTitle.setVisible(false);
        history.setVisible(false);
        add(new H2(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.help")), url, events,
                form, secret, endpoints, historyTitle, history);
        refresh();
    }

    private String eventLabel(WebhookEvent event) {
        return getTranslation("webhooks.event." + event.wireName()) + " (" + event.wireName() + ")";
    }

    private void register() {
        try {
            RegisteredWebhook made = webhooks.register(url.getValue(), events.getValue(), description.getValue());
            url.clear();
            url.setInvalid(false);
            events.clear();
            events.setInvalid(false);
            description.clear();
            secret.setValue(made.secret());
            secret.setHelperText(getTranslation("webhooks.secret.help"));
            secret.setVisible(true);
            refresh();
        } catch (InvalidInputException e) {
            if ("events".equals(e.field())) {
                events.setInvalid(true);
                events.setErrorMessage(Refusals.text(this, e));
            } else {
                url.setInvalid(true);
                url.setErrorMessage(Refusals.text(this, e));
            }
        }
    }

    private HorizontalLayout actions(Webhook hook) {
        Button pause = new Button(getTranslation(hook.active() ? "webhooks.pause" : "webhooks.resume"), event -> {
            webhooks.setActive(hook.id(), !hook.active());
            refresh();
        });
        Button remove = new Button(getTranslation("webhooks.remove"), event -> {
            webhooks.remove(hook.id());
            showHistory(null);
            refresh();
        });
        pause.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(pause, remove);
    }

    void showHistory(Webhook hook) {
        historyTitle.setVisible(hook != null);
        history.setVisible(hook != null);
        if (hook != null) {
            historyTitle.setText(getTranslation("webhooks.history", hook.url()));
            history.setItems(webhooks.deliveries(hook.id()));
        }
    }

    private void refresh() {
        endpoints.setItems(webhooks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title");
    }
}
