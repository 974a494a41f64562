package dev.geul.ui.admin;

import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.ui.base.Refusals;
import dev.geul.comment.Comment;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentService;
import dev.geul.comment.UnreadComments;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.comment.ModerationCounts;
import dev.geul.comment.NewComment;
import dev.geul.ui.base.Formats;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * Comments on the writer's posts (an admin's: all): approve, mark as spam, delete, or answer as the author. Each
 * tab says how many comments it holds, and the page opens on the first that holds any, waiting ones first.
 */
@Route(value = "admin/comments", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class CommentsView extends VerticalLayout implements HasDynamicTitle {

    final Tab pendingTab = new Tab();
    final Tab approvedTab = new Tab();
    final Tab spamTab = new Tab();
    final Tabs tabs = new Tabs(pendingTab, approvedTab, spamTab);
    final Grid<CommentView> grid = new Grid<>();

    private final CommentModeration moderation;
    private final CommentService comments;
    private final ZoneId zone;

    public CommentsView(CommentModeration moderation, CommentService comments, UnreadComments unread,
                        BlogProperties blog) {
        this.moderation = moderation;
        this.comments = comments;
        // opening the comments is seeing them: the navigation's unread count starts again from here
        unread.markSeen();
        this.zone = blog.timeZone();
        setSizeFull();
        addClassName("geul-admin-page");
        ModerationCounts counts = moderation.moderationCounts();
        showCounts(counts);
        tabs.setSelectedTab(tabFor(counts.firstWithComments()));

        grid.addComponentColumn(this::describe).setHeader(getTranslation("comments.col.comment")).setFlexGrow(3);
        grid.addComponentColumn(comment -> new Anchor(comment.postPermalink() + "#comments",
                comment.postTitle())).setHeader(getTranslation("comments.col.post")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("comments.col.actions")).setAutoWidth(true);
        grid.setItems(query -> moderation.moderationQueue(selectedStatus(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) moderation.moderationQueue(selectedStatus(), PageRequest.of(0, 1)).getTotalElements());
        grid.setEmptyStateText(getTranslation("comments.empty"));
        grid.setSizeFull();
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        add(tabs, grid);
    }

    private void showCounts(ModerationCounts counts) {
        pendingTab.setLabel(getTranslation("comments.tab.counted", getTranslation("comments.tab.pending"),
                counts.of(CommentStatus.PENDING)));
        approvedTab.setLabel(getTranslation("comments.tab.counted", getTranslation("comments.tab.approved"),
                counts.of(CommentStatus.APPROVED)));
        spamTab.setLabel(getTranslation("comments.tab.counted", getTranslation("comments.tab.spam"),
                counts.of(CommentStatus.SPAM)));
    }

    private Tab tabFor(CommentStatus status) {
        return switch (status) {
            case PENDING -> pendingTab;
            case APPROVED -> approvedTab;
            case SPAM -> spamTab;
        };
    }

    CommentStatus selectedStatus() {
        Tab tab = tabs.getSelectedTab();
        return tab == approvedTab ? CommentStatus.APPROVED : tab == spamTab ? CommentStatus.SPAM : CommentStatus.PENDING;
    }

    private Div describe(CommentView comment) {
        Span meta = new Span(comment.authorName() + " · " + Formats.dateTime(comment.createdAt(), zone, getLocale())
                + (comment.guest() ? " · " + getTranslation("comments.guest")
                + (comment.clientAddress() == null ? "" : " " + comment.clientAddress()) : "")
                + (comment.secret() ? " · " + getTranslation("comments.secret") : ""));
        meta.addClassName("geul-meta");
        Div body = new Div(comment.body().length() > 300 ? comment.body().substring(0, 300) + "…" : comment.body());
        body.addClassName("geul-comment-text");
        return new Div(meta, body);
    }

    private HorizontalLayout actions(CommentView comment) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (comment.status() != CommentStatus.APPROVED) {
            Button approve = small(getTranslation("comments.approve"), () -> moderate(comment, CommentStatus.APPROVED));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(approve);
        }
        if (comment.status() != CommentStatus.SPAM) {
            actions.add(small(getTranslation("comments.spam"), () -> moderate(comment, CommentStatus.SPAM)));
        }
        if (comment.status() != CommentStatus.SPAM) {
            actions.add(small(getTranslation("comment.reply"), () -> reply(comment)));
        }
        Button delete = small(getTranslation("comment.delete"), () -> confirmDelete(comment));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(delete);
        return actions;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    void moderate(CommentView comment, CommentStatus status) {
        moderation.moderate(comment.id(), status);
        Notification.show(getTranslation("comments.moved." + status.name().toLowerCase()), 2500,
                Notification.Position.BOTTOM_START);
        changed();
    }

    private void confirmDelete(CommentView comment) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("comments.delete.title"),
                getTranslation("comments.delete.text"), getTranslation("comment.delete"), e -> {
            comments.delete(comment.id(), null);
            Notification.show(getTranslation("comment.deleted"), 2500, Notification.Position.BOTTOM_START);
            changed();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /**
     * Answers as the signed-in author; answering a waiting comment approves it, as a reply shows it anyway. The answer
     * to a secret comment is secret unless the author says otherwise, so that what was said in private stays so.
     */
    void reply(CommentView comment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("comments.reply.title", comment.authorName()));
        TextArea text = new TextArea(getTranslation("comment.body"));
        text.setMaxLength(Comment.BODY_MAX_LENGTH);
        text.setWidth("min(36rem, 80vw)");
        text.setMinHeight("8em");
        Div quoted = new Div(comment.body());
        quoted.addClassName("geul-quoted");
        Checkbox secret = new Checkbox(getTranslation("comments.reply.secret"), comment.secret());
        dialog.add(quoted, text, secret);
        Button send = new Button(getTranslation("comment.submit"), e -> {
            try {
                NewComment answer = NewComment.signedIn(text.getValue());
                moderation.answer(comment.id(), secret.getValue() ? answer.asSecret() : answer,
                        VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr());
                dialog.close();
                Notification.show(getTranslation("comment.posted"), 2500, Notification.Position.BOTTOM_START);
                changed();
            } catch (InvalidInputException ex) {
                text.setErrorMessage(Refusals.text(this, ex));
                text.setInvalid(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void changed() {
        showCounts(moderation.moderationCounts());
        grid.getDataProvider().refreshAll();
        findAncestor(AdminLayout.class).refreshWaitingCount();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.admin.comments");
    }
}
