package dev.geul.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.geul.media.AddressGuard;
import dev.geul.media.PinnedHttpClient;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One try of a delivery: a signed POST to the endpoint, to the address checked by the import's {@link AddressGuard}
 * and nowhere else, within {@link WebhookSettings#timeout()} from connecting to the answer. Redirects are not
 * followed (the endpoint is the address the admin gave).
 */
@Component
class WebhookCall {

    static final String SETTING = "BLOG_WEBHOOKS_ALLOW_PRIVATE_NETWORKS";
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("geul-webhook-deadlines").factory());

    /** How a try went: the receiver's status code, or why there was none. */
    record Outcome(@Nullable Integer statusCode, @Nullable String error, long durationMillis) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final WebhookSettings settings;
    private final Clock clock;
    private final AddressGuard guard;

    WebhookCall(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.guard = AddressGuard.system();
    }

    /** Checks an address the admin gives, as a try would. @return why it is refused, or null */
    AddressGuard.@Nullable RefusedAddressException refusal(String url) {
        try {
            guard.resolveAndCheck(new URI(url), settings.allowPrivateNetworks(), SETTING);
            return null;
        } catch (URISyntaxException e) {
            return new AddressGuard.RefusedAddressException("Not a web address", false);
        } catch (AddressGuard.RefusedAddressException e) {
            return e;
        }
    }

    Outcome post(String url, String secret, UUID delivery, WebhookEvent event, String body) {
        long started = System.nanoTime();
        InetAddress[] checked;
        try {
            checked = guard.resolveAndCheck(new URI(url), settings.allowPrivateNetworks(), SETTING);
        } catch (URISyntaxException e) {
            return new Outcome(null, "Not a web address", 0);
        } catch (AddressGuard.RefusedAddressException e) {
            return new Outcome(null, e.getMessage(), 0);
        }
        Duration allowed = settings.timeout();
        long timestamp = Instant.now(clock).getEpochSecond();
        HttpPost request = new HttpPost(url);
        request.setHeader("X-Geul-Event", event.wireName());
        request.setHeader("X-Geul-Delivery", delivery.toString());
        request.setHeader("X-Geul-Timestamp", Long.toString(timestamp));
        request.setHeader("X-Geul-Signature", WebhookSignature.sign(secret, timestamp, body));
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, allowed.toMillis(), TimeUnit.MILLISECONDS);
        try (var http = PinnedHttpClient.connectingTo(checked, allowed, "geul-webhook");
             ClassicHttpResponse response = http.executeOpen(null, request, null)) {
            int status = response.getCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "The endpoint answered " + status,
                    millisSince(started));
        } catch (IOException | RuntimeException e) {
            String reason = timedOut.get() ? "No answer within " + allowed.toSeconds() + " seconds"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(null, reason, millisSince(started));
        } finally {
            deadline.cancel(false);
        }
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
