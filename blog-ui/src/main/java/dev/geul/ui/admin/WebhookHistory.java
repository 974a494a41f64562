package dev.geul.ui.admin;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import dev.geul.ui.base.Formats;
import dev.geul.webhook.WebhookDelivery;

/** An endpoint's deliveries, newest first: each with its state, its tries, and the last try's answer or error. */
class WebhookHistory extends Grid<WebhookDelivery> {

    WebhookHistory(ZoneId zone) {
        addColumn(delivery -> delivery.event().wireName()).setHeader(getTranslation("webhooks.col.event"))
                .setAutoWidth(true);
        addColumn(delivery -> Formats.dateTime(delivery.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("webhooks.col.created")).setAutoWidth(true);
        addColumn(delivery -> getTranslation("webhooks.state." + delivery.state().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("webhooks.col.state")).setAutoWidth(true);
        addColumn(WebhookDelivery::attempts).setHeader(getTranslation("webhooks.col.attempts")).setAutoWidth(true);
        addColumn(delivery -> last(delivery) == null || last(delivery).statusCode() == null ? "—"
                : last(delivery).statusCode().toString()).setHeader(getTranslation("webhooks.col.status"))
                .setAutoWidth(true);
        addColumn(delivery -> last(delivery) == null ? "" : Formats.dateTime(last(delivery).at(), zone, getLocale()))
                .setHeader(getTranslation("webhooks.col.tried")).setAutoWidth(true);
        addColumn(delivery -> last(delivery) == null || last(delivery).error() == null ? "" : last(delivery).error())
                .setHeader(getTranslation("webhooks.col.error")).setFlexGrow(2);
        addColumn(delivery -> delivery.nextAttemptAt() == null ? ""
                : Formats.dateTime(delivery.nextAttemptAt(), zone, getLocale()))
                .setHeader(getTranslation("webhooks.col.next")).setAutoWidth(true);
        setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(delivery -> delivery.history()
                .stream().map(attempt -> Formats.dateTime(attempt.at(), zone, getLocale()) + " · "
                        + (attempt.statusCode() == null ? "—" : attempt.statusCode()) + " · " + attempt.durationMillis()
                        + " ms" + (attempt.error() == null ? "" : " · " + attempt.error()))
                .reduce((a, b) -> a + "\n" + b).orElse("")));
        setAllRowsVisible(true);
    }

    private static WebhookDelivery.Attempt last(WebhookDelivery delivery) {
        return delivery.history().isEmpty() ? null : delivery.history().getLast();
    }
}
