package dev.geul.ui.comment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.geul.base.InvalidInputException;
import dev.geul.ui.base.Refusals;
import dev.geul.comment.Comment;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import org.jsoup.Jsoup;
import org.springframework.security.access.AccessDeniedException;

/**
 * Editing or deleting a comment in place. A guest proves it is theirs with the password they chose; a
 * signed-in writer, the post's author and admins need none.
 */
class CommentChange extends VerticalLayout {

    final PasswordField password = new PasswordField();
    final TextArea body = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    CommentChange(CommentService comments, CommentNode node, boolean editing, boolean signedIn, Runnable done,
                  Runnable cancelled) {
        setPadding(false);
        setSpacing(false);
        addClassName("geul-comment-change");
        password.setLabel(getTranslation("comment.password.check"));
        password.setMaxLength(Comment.GUEST_PASSWORD_MAX_LENGTH);
        password.setVisible(!signedIn);
        body.setLabel(getTranslation("comment.body"));
        body.setMaxLength(Comment.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setVisible(editing);
        if (editing) {
            body.setValue(plainText(node.bodyHtml()));
        }
        confirm.setText(getTranslation(editing ? "comment.save" : "comment.delete"));
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL,
                editing ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        cancel.setText(getTranslation("comment.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            removeFromParent();
            cancelled.run();
        });
        confirm.addClickListener(e -> {
            password.setInvalid(false);
            body.setInvalid(false);
            String guestPassword = signedIn ? null : password.getValue();
            try {
                if (editing) {
                    comments.edit(node.id(), guestPassword, body.getValue());
                } else {
                    comments.delete(node.id(), guestPassword);
                    Notification.show(getTranslation("comment.deleted"), 3000, Notification.Position.BOTTOM_CENTER);
                }
                done.run();
            } catch (AccessDeniedException ex) {
                password.setVisible(true);
                password.setErrorMessage(getTranslation("comment.password.wrong"));
                password.setInvalid(true);
            } catch (InvalidInputException ex) {
                body.setErrorMessage(Refusals.text(this, ex));
                body.setInvalid(true);
            }
        });
        add(password, body, new HorizontalLayout(confirm, cancel));
    }

    /** The comment's text back from its HTML (line breaks and links as the writer typed them). */
    static String plainText(String html) {
        var document = Jsoup.parseBodyFragment(html.replace("<br>", "\n").replace("<br/>", "\n"));
        document.outputSettings().prettyPrint(false);
        return document.body().wholeText().strip();
    }
}
