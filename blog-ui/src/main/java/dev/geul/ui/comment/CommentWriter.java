package dev.geul.ui.comment;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import dev.geul.account.CurrentUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.NotFoundException;
import dev.geul.base.RateLimitedException;
import dev.geul.base.Refusal;
import dev.geul.comment.Comment;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostKind;
import dev.geul.post.PostReader;
import dev.geul.reader.CommentLanding;
import dev.geul.reader.ReaderText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The comment form of a reader page as a Vaadin component, exported as {@code <geul-comment-writer>}
 * ({@link CommentWriterExporter}): a comment, a reply, a secret one, or a guest's own comment changed or deleted
 * with its password. It asks the same services as the page's plain form, so the same checks, limits and words
 * apply; what it adds is that a refusal is said beside the field without leaving the page, and the text stays
 * where the reader typed it. It speaks the reader pages' language, not the browser's.
 */
public class CommentWriter extends Composite<Div> {

    private final PostReader posts;
    private final CommentService comments;
    private final ReaderText text;

    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final EmailField email = new EmailField();
    private final Checkbox notifyReplies = new Checkbox();
    private final TextArea body = new TextArea();
    private final Checkbox secret = new Checkbox();
    /** The protected post's password the reader unlocked it with; the page hands it over, it is not typed here. */
    private @Nullable String postPassword;
    private final Paragraph refusal = new Paragraph();
    private final FlexLayout buttons = new FlexLayout();

    private String postSlug = "";
    private PostKind kind = PostKind.POST;
    private @Nullable Long parentId;
    private @Nullable Long commentId;
    private Consumer<String> onSaved = location -> { };

    public CommentWriter(PostReader posts, CommentService comments, ReaderText text) {
        this.posts = posts;
        this.comments = comments;
        this.text = text;
        getContent().addClassName("comment-writer");
        getContent().getElement().setAttribute("lang", text.language());
        configureFields();
        build();
    }

    /** The post commented on, by its address's slug. */
    void setPost(@Nullable String slug) {
        this.postSlug = slug == null ? "" : slug;
    }

    /** {@code page} when the slug is a page's ({@code /pages/…}), anything else for a post's. */
    void setKind(String kind) {
        this.kind = "page".equals(kind) ? PostKind.PAGE : PostKind.POST;
    }

    void setPostPassword(@Nullable String password) {
        this.postPassword = password;
    }

    /** The comment this one answers; none (0 or less) for a comment on the post itself. */
    void setParent(long parent) {
        this.parentId = parent > 0 ? parent : null;
        build();
    }

    /** A guest's own comment to change or delete with its password; 0 or less to write a new one. */
    void setComment(long comment) {
        this.commentId = comment > 0 ? comment : null;
        build();
    }

    /** Told where the saved comment can be read (the post's address, with the comment's anchor). */
    void onSaved(Consumer<String> listener) {
        this.onSaved = listener;
    }

    private boolean managing() {
        return commentId != null;
    }

    /** The fields, once; {@link #build()} lays out those the mode needs. */
    private void configureFields() {
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("refusal");
        body.setId("writer-body");
        body.setLabel(text.getTranslation("comment.body"));
        body.setMaxLength(Comment.BODY_MAX_LENGTH);
        body.setWidthFull();
        body.setMinHeight("8em");
        // the count below the text follows the writing, without a round trip for every key
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(event -> countCharacters());
        countCharacters();
        password.setId("writer-password");
        password.setMaxLength(Comment.GUEST_PASSWORD_MAX_LENGTH);
        name.setId("writer-name");
        name.setLabel(text.getTranslation("comment.name"));
        name.setMaxLength(Comment.AUTHOR_NAME_MAX_LENGTH);
        name.setAutocomplete(Autocomplete.NICKNAME);
        email.setId("writer-email");
        email.setLabel(text.getTranslation("reader.comment.email"));
        email.setMaxLength(Comment.AUTHOR_EMAIL_MAX_LENGTH);
        email.setErrorMessage(text.getTranslation("error.comment.email"));
        notifyReplies.setId("writer-notify");
        notifyReplies.setLabel(text.getTranslation("reader.comment.notifyreplies"));
        secret.setId("writer-secret");
        secret.setLabel(text.getTranslation("comment.secret"));
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
    }

    private void build() {
        Div form = getContent();
        form.removeAll();
        buttons.removeAll();
        clearRefusals();
        form.getElement().setAttribute("data-mode", managing() ? "manage" : "write");
        password.setLabel(text.getTranslation(managing() ? "reader.comment.manage.password" : "comment.password"));
        password.setAutocomplete(managing() ? Autocomplete.CURRENT_PASSWORD : Autocomplete.NEW_PASSWORD);
        Long managed = commentId;
        if (managed != null) {
            Button save = new Button(text.getTranslation("comment.save"), event -> saveEdit(managed));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("writer-save");
            Button delete = new Button(text.getTranslation("comment.delete"), event -> delete(managed));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("writer-delete");
            buttons.add(save, delete);
            form.add(refusal, body, password, buttons);
            return;
        }
        Button submit = new Button(text.getTranslation("comment.submit"), event -> add());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("writer-submit");
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        buttons.add(submit);
        form.add(refusal);
        if (CurrentUser.accountId().isEmpty()) {
            // a signed-in reader comments as their account: no name or password to give
            FlexLayout guest = new FlexLayout(name, password, email);
            guest.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            guest.getStyle().set("gap", "0 var(--lumo-space-m)");
            form.add(guest, notifyReplies);
        }
        form.add(body, secret, buttons);
    }

    /** How many characters are left, said below the text as the reader writes. */
    private void countCharacters() {
        int length = body.getValue().length();
        body.setHelperText(text.getTranslation("reader.comment.count", length, Comment.BODY_MAX_LENGTH));
    }

    private void add() {
        clearRefusals();
        String address = clientAddress();
        try {
            PostDetail post = posts.unlock(postSlug, blankToNull(postPassword), address)
                    .orElseThrow(() -> new NotFoundException(postSlug));
            String typedEmail = email.getValue().strip();
            CommentView saved = comments.add(post.id(), new NewComment(name.getValue(), body.getValue(),
                    password.getValue(), parentId, secret.getValue(), typedEmail.isEmpty() ? null : typedEmail,
                    notifyReplies.getValue()), blankToNull(postPassword), address);
            onSaved.accept(CommentLanding.added(post.kind(), post.slug(), saved));
        } catch (InvalidInputException e) {
            showBesideFields(e);
        } catch (RateLimitedException | NotFoundException e) {
            say(e);
        } catch (AccessDeniedException e) {
            refusal.setText(text.getTranslation("post.protected"));
        }
    }

    private void saveEdit(long commentId) {
        clearRefusals();
        try {
            comments.edit(commentId, password.getValue(), body.getValue(), clientAddress());
            onSaved.accept(CommentLanding.edited(kind, postSlug, commentId));
        } catch (InvalidInputException e) {
            showBesideFields(e);
        } catch (RateLimitedException | NotFoundException e) {
            say(e);
        } catch (AccessDeniedException e) {
            password.setErrorMessage(text.getTranslation("reader.comment.wrongpassword"));
            password.setInvalid(true);
        }
    }

    private void delete(long commentId) {
        clearRefusals();
        try {
            comments.delete(commentId, password.getValue(), clientAddress());
            onSaved.accept(CommentLanding.deleted(kind, postSlug));
        } catch (InvalidInputException | RateLimitedException | NotFoundException e) {
            say(e);
        } catch (AccessDeniedException e) {
            password.setErrorMessage(text.getTranslation("reader.comment.wrongpassword"));
            password.setInvalid(true);
        }
    }

    /** Each refused field is marked with its own reason; a refusal of no field of this form is said above it. */
    private void showBesideFields(InvalidInputException refused) {
        Map<String, HasValidation> fields = Map.of("authorName", name, "password", password,
                "body", body, "email", email);
        refused.fields().forEach(each -> {
            var field = fields.get(each.field() == null ? "" : each.field());
            if (field != null && (!managing() || field == body || field == password)) {
                field.setErrorMessage(text.getTranslation(each.key(), each.args()));
                field.setInvalid(true);
            } else {
                say(each);
            }
        });
    }

    private void say(Refusal refused) {
        refusal.setText(text.getTranslation(refused.key(), refused.args()));
    }

    private void clearRefusals() {
        refusal.setText("");
        for (var field : new HasValidation[] {name, password, email, body}) {
            field.setInvalid(false);
        }
    }

    private static @Nullable String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
