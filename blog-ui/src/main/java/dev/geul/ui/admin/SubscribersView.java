package dev.geul.ui.admin;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.base.BlogProperties;
import dev.geul.mail.Subscriber;
import dev.geul.mail.Subscriptions;
import dev.geul.ui.base.Formats;
import jakarta.annotation.security.RolesAllowed;

/** The readers who subscribed by e-mail, with their state. */
@Route(value = "admin/subscribers", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class SubscribersView extends Div implements HasDynamicTitle {

    final Grid<Subscriber> grid = new Grid<>();

    public SubscribersView(Subscriptions subscriptions, BlogProperties blog) {
        addClassName("geul-admin-page");
        ZoneId zone = blog.timeZone();
        Locale locale = getLocale();
        grid.addColumn(Subscriber::email).setHeader(getTranslation("subscribers.col.email")).setAutoWidth(true);
        grid.addColumn(subscriber -> getTranslation("subscribers.state."
                        + subscriber.state().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("subscribers.col.state")).setAutoWidth(true);
        grid.addColumn(subscriber -> Formats.dateTime(subscriber.createdAt(), zone, locale))
                .setHeader(getTranslation("subscribers.col.since")).setAutoWidth(true);
        grid.setItems(subscriptions.list());
        add(new H2(getTranslation("app.admin.subscribers")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.subscribers");
    }
}
