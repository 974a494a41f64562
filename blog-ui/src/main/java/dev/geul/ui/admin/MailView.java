package dev.geul.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.geul.mail.AuthorNotices;
import dev.geul.mail.MailOutbox;
import dev.geul.mail.MailStatus;
import dev.geul.ui.base.Formats;
import jakarta.annotation.security.RolesAllowed;

/**
 * How the blog's mail stands: whether an SMTP server is set, how many mails wait and why the last try failed. Mail
 * is never lost while it waits; this page says why it has not left yet. The author's notices of comments are
 * switched here.
 */
@Route(value = "admin/mail", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class MailView extends com.vaadin.flow.component.html.Div implements HasDynamicTitle {

    final Paragraph server = new Paragraph();
    final Paragraph waiting = new Paragraph();
    final Paragraph lastError = new Paragraph();

    final com.vaadin.flow.component.checkbox.Checkbox newComments = new com.vaadin.flow.component.checkbox.Checkbox();
    final com.vaadin.flow.component.checkbox.Checkbox pendingComments =
            new com.vaadin.flow.component.checkbox.Checkbox();

    public MailView(MailOutbox outbox, AuthorNotices notices, dev.geul.base.BlogProperties blog) {
        addClassName("geul-admin-page");
        MailStatus status = outbox.status();
        server.setText(getTranslation(status.configured() ? "mail.status.configured" : "mail.status.unconfigured"));
        waiting.setText(status.lastSentAt() == null ? getTranslation("mail.status.waiting", status.waiting())
                : getTranslation("mail.status.waitingsince", status.waiting(),
                Formats.dateTime(status.lastSentAt(), blog.timeZone(), getLocale())));
        lastError.setText(status.lastError() == null ? "" : getTranslation("mail.status.error", status.lastError()));
        lastError.setVisible(status.lastError() != null);
        add(new H2(getTranslation("app.admin.mail")), server, waiting, lastError);
        AuthorNotices.Switches switches = notices.current();
        newComments.setLabel(getTranslation("mail.notices.new"));
        newComments.setValue(switches.newComments());
        pendingComments.setLabel(getTranslation("mail.notices.pending"));
        pendingComments.setValue(switches.pendingComments());
        // each change is kept at once, as a switch is
        newComments.addValueChangeListener(event -> notices.change(new AuthorNotices.Switches(event.getValue(),
                pendingComments.getValue())));
        pendingComments.addValueChangeListener(event -> notices.change(new AuthorNotices.Switches(
                newComments.getValue(), event.getValue())));
        add(new com.vaadin.flow.component.html.H3(getTranslation("mail.notices.title")),
                new Paragraph(getTranslation("mail.notices.help")), newComments, pendingComments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.mail");
    }
}
