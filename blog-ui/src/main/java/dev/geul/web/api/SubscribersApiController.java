package dev.geul.web.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.geul.mail.SubscriberCsv;
import dev.geul.mail.SubscriberImportReport;
import dev.geul.mail.Subscriptions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subscribers over the API, for admins: listed (without their links' keys), exported as CSV, imported from
 * CSV (the request body, {@code text/csv}) with a report of every line refused. Imported addresses are mailed a
 * confirmation link unless {@code consented=true} states that they already agreed.
 */
@RestController
@RequestMapping("/api/admin/subscribers")
class SubscribersApiController {

    private final Subscriptions subscriptions;
    private final SubscriberCsv csv;

    SubscribersApiController(Subscriptions subscriptions, SubscriberCsv csv) {
        this.subscriptions = subscriptions;
        this.csv = csv;
    }

    record SubscriberJson(String email, @Nullable String category, String state, String subscribedAt,
                          @Nullable String confirmedAt) {
    }

    @GetMapping
    List<SubscriberJson> list() {
        return subscriptions.list().stream().map(subscriber -> new SubscriberJson(subscriber.email(),
                subscriber.categorySlug(), subscriber.state().name().toLowerCase(java.util.Locale.ROOT),
                subscriber.createdAt().toString(),
                subscriber.confirmedAt() == null ? null : subscriber.confirmedAt().toString())).toList();
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subscribers.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.export(out);
        out.flush();
    }

    @PostMapping(value = "/import", consumes = "text/csv")
    SubscriberImportReport importCsv(@RequestParam(name = "consented", defaultValue = "false") boolean consented,
                                     HttpServletRequest request) throws IOException {
        return csv.importCsv(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), consented);
    }
}
