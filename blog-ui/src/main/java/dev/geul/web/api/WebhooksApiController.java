package dev.geul.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.geul.base.InvalidInputException;
import dev.geul.webhook.RegisteredWebhook;
import dev.geul.webhook.Webhook;
import dev.geul.webhook.WebhookDelivery;
import dev.geul.webhook.WebhookEvent;
import dev.geul.webhook.Webhooks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints over the API, for admins: registered with the events they want by name
 * ({@code post.published}, ...), the secret in the answer this once; paused, removed; each one's deliveries with
 * every try.
 */
@RestController
@RequestMapping("/api/admin/webhooks")
class WebhooksApiController {

    private final Webhooks webhooks;

    WebhooksApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record NewWebhookRequest(String url, @Nullable List<String> events, @Nullable String description) {
    }

    record ActiveRequest(boolean active) {
    }

    /** An endpoint as the API shows it: events by their names. */
    record WebhookJson(long id, String url, List<String> events, @Nullable String description, boolean active,
                       String createdAt, @Nullable String lastOutcome) {

        static WebhookJson of(Webhook hook) {
            return new WebhookJson(hook.id(), hook.url(), hook.events().stream().map(WebhookEvent::wireName).toList(),
                    hook.description(), hook.active(), hook.createdAt().toString(),
                    hook.lastOutcome() == null ? null : hook.lastOutcome().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    record RegisteredJson(WebhookJson webhook, String secret) {
    }

    @GetMapping
    List<WebhookJson> list() {
        return webhooks.list().stream().map(WebhookJson::of).toList();
    }

    /** The answer holds the secret, this once; keep it to check the signatures. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredJson register(@RequestBody NewWebhookRequest request) {
        List<WebhookEvent> events = new ArrayList<>();
        for (String name : request.events() == null ? List.<String>of() : request.events()) {
            events.add(WebhookEvent.byWireName(name).orElseThrow(() -> new InvalidInputException("events",
                    "error.webhook.event.unknown", "Unknown event " + name + "; known: post.published, post.updated, "
                    + "post.unpublished, post.trashed, comment.added", name)));
        }
        RegisteredWebhook made = webhooks.register(request.url(), Set.copyOf(events), request.description());
        return new RegisteredJson(WebhookJson.of(made.webhook()), made.secret());
    }

    @PatchMapping("/{id}")
    WebhookJson setActive(@PathVariable long id, @RequestBody ActiveRequest request) {
        return WebhookJson.of(webhooks.setActive(id, request.active()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id) {
        webhooks.remove(id);
    }

    /** The newest deliveries, each with its tries: status code (null when none came), time, error. */
    @GetMapping("/{id}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable long id) {
        return webhooks.deliveries(id);
    }
}
