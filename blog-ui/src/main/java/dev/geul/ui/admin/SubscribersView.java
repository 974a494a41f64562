package dev.geul.ui.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.geul.base.BlogProperties;
import dev.geul.mail.Subscriber;
import dev.geul.mail.SubscriberCsv;
import dev.geul.mail.Subscriptions;
import dev.geul.ui.base.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * The readers who subscribed by e-mail, to the blog or to a category, with their state; exported as CSV and
 * imported from it ({@link SubscriberImport}).
 */
@Route(value = "admin/subscribers", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class SubscribersView extends Div implements HasDynamicTitle {

    final Grid<Subscriber> grid = new Grid<>();
    final Anchor export;
    final SubscriberImport importer;

    private final Subscriptions subscriptions;

    public SubscribersView(Subscriptions subscriptions, SubscriberCsv csv, BlogProperties blog) {
        this.subscriptions = subscriptions;
        addClassName("geul-admin-page");
        ZoneId zone = blog.timeZone();
        Locale locale = getLocale();
        grid.addColumn(Subscriber::email).setHeader(getTranslation("subscribers.col.email")).setAutoWidth(true);
        grid.addColumn(subscriber -> subscriber.wholeBlog() ? getTranslation("subscribers.scope.blog")
                : subscriber.categoryName()).setHeader(getTranslation("subscribers.col.scope")).setAutoWidth(true);
        grid.addColumn(subscriber -> getTranslation("subscribers.state."
                        + subscriber.state().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("subscribers.col.state")).setAutoWidth(true);
        grid.addColumn(subscriber -> Formats.dateTime(subscriber.createdAt(), zone, locale))
                .setHeader(getTranslation("subscribers.col.since")).setAutoWidth(true);
        export = new Anchor(new CsvDownload(csv), getTranslation("subscribers.export"));
        importer = new SubscriberImport(csv, this::refresh);
        refresh();
        add(new H2(getTranslation("app.admin.subscribers")), export, importer, grid);
    }

    void refresh() {
        grid.setItems(subscriptions.list());
    }

    /** Every subscription as CSV, written as it is read. */
    private record CsvDownload(SubscriberCsv csv) implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            event.setFileName("subscribers.csv");
            event.setContentType("text/csv;charset=UTF-8");
            Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            csv.export(out);
            out.flush();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.subscribers");
    }
}
