package dev.geul.ui.comment;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.geul.base.InvalidInputException;
import dev.geul.ui.base.Refusals;
import dev.geul.base.RateLimitedException;
import dev.geul.comment.Comment;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import jakarta.validation.ConstraintViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a comment or a reply. Guests give a name and a password; signed-in people comment as themselves.
 * A refused comment keeps its text in the form, with the reason next to the field.
 */
public class CommentForm extends VerticalLayout {

    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final TextArea body = new TextArea();
    final Checkbox secret = new Checkbox();
    final Button submit = new Button();
    final Span message = new Span();

    public CommentForm(CommentService comments, long postId, Long parentId, String signedInName,
                       Consumer<CommentView> onPosted) {
        setPadding(false);
        setSpacing(false);
        name.setLabel(getTranslation("comment.name"));
        name.setMaxLength(Comment.AUTHOR_NAME_MAX_LENGTH);
        password.setLabel(getTranslation("comment.password"));
        password.setMaxLength(Comment.GUEST_PASSWORD_MAX_LENGTH);
        body.setLabel(getTranslation("comment.body"));
        body.setMaxLength(Comment.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setMinHeight("6em");
        secret.setLabel(getTranslation("comment.secret"));
        submit.setText(getTranslation("comment.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.addClassName("geul-meta");

        if (signedInName == null) {
            HorizontalLayout guest = new HorizontalLayout(name, password);
            guest.getStyle().set("flex-wrap", "wrap");
            add(guest);
        } else {
            add(new Span(getTranslation("comment.signedinas", signedInName)));
        }
        add(body, new HorizontalLayout(secret), submit, message);

        submit.addClickListener(e -> {
            clearErrors();
            NewComment input = new NewComment(name.getValue(), body.getValue(), password.getValue(), parentId,
                    secret.getValue());
            try {
                CommentView posted = comments.add(postId, input, null, ClientAddress.current());
                if (signedInName == null) {
                    GuestComments.mine().add(posted.id());
                }
                body.clear();
                Notification.show(getTranslation(posted.status() == CommentStatus.PENDING ? "comment.held"
                        : "comment.posted"), 4000, Notification.Position.BOTTOM_CENTER);
                onPosted.accept(posted);
            } catch (InvalidInputException ex) {
                showError(ex.field(), Refusals.text(this, ex));
            } catch (ConstraintViolationException ex) {
                Refusals.byField(this, ex).forEach(this::showError);
            } catch (RateLimitedException ex) {
                message.setText(ex.getMessage());
            } catch (AccessDeniedException ex) {
                message.setText(ex.getMessage());
            }
        });
    }

    private void clearErrors() {
        for (var field : new com.vaadin.flow.component.HasValidation[]{name, password, body}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        message.setText("");
    }

    private void showError(String field, String text) {
        switch (field) {
            case "authorName" -> {
                name.setErrorMessage(text);
                name.setInvalid(true);
            }
            case "password" -> {
                password.setErrorMessage(text);
                password.setInvalid(true);
            }
            case "body" -> {
                body.setErrorMessage(text);
                body.setInvalid(true);
            }
            default -> message.setText(text);
        }
    }
}
