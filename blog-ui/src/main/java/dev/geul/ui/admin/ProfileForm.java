package dev.geul.ui.admin;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.geul.account.Account;
import dev.geul.account.AuthorProfile;
import dev.geul.account.ProfileChange;
import dev.geul.media.MediaRefusedException;
import dev.geul.media.MediaStore;
import dev.geul.ui.base.Refusals;
import dev.geul.base.InvalidInputException;

/**
 * The name, picture and bio a writer shows readers, for the writer's own profile page and for an admin's dialog.
 * The picture goes to the blog's media store as soon as it is chosen; the profile changes only when saved.
 */
class ProfileForm extends VerticalLayout {

    final TextField displayName = new TextField();
    final Image picture = new Image();
    final Upload upload = new Upload();
    final Button removePicture = new Button();
    final Span pictureError = new Span();
    final TextArea bio = new TextArea();

    private final MediaStore media;
    private String avatarPath;

    ProfileForm(MediaStore media) {
        this.media = media;
        setPadding(false);
        setMaxWidth("40rem");
        displayName.setLabel(getTranslation("accounts.displayname"));
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        displayName.setRequiredIndicatorVisible(true);
        displayName.setWidthFull();

        picture.setAlt(getTranslation("profile.picture"));
        picture.addClassName("geul-author-picture");
        upload.setUploadHandler(new PictureUpload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MediaStore.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setDropLabel(new Span(getTranslation("profile.picture.help")));
        removePicture.setText(getTranslation("profile.picture.remove"));
        removePicture.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        removePicture.addClickListener(e -> showPicture(null));
        pictureError.getStyle().set("color", "var(--lumo-error-text-color)");
        pictureError.setVisible(false);
        HorizontalLayout pictureRow = new HorizontalLayout(picture, upload, removePicture);
        pictureRow.setAlignItems(FlexComponent.Alignment.CENTER);

        bio.setLabel(getTranslation("profile.bio"));
        bio.setHelperText(getTranslation("profile.bio.help", Account.BIO_MAX_LENGTH));
        bio.setMaxLength(Account.BIO_MAX_LENGTH);
        bio.setWidthFull();
        bio.setMinHeight("6em");
        add(displayName, new Span(getTranslation("profile.picture")), pictureRow, pictureError, bio);
    }

    void show(AuthorProfile profile) {
        displayName.setValue(profile.displayName());
        bio.setValue(profile.bio() == null ? "" : profile.bio());
        showPicture(profile.avatarPath());
        displayName.setInvalid(false);
        bio.setInvalid(false);
    }

    ProfileChange value() {
        return new ProfileChange(displayName.getValue(), avatarPath, bio.getValue());
    }

    /** Shows why the service refused the profile, beside the field it is about. */
    void refused(InvalidInputException refusal) {
        Refusals.byField(this, refusal).forEach((field, text) -> {
            switch (field) {
                case "displayName" -> invalid(displayName, text);
                case "bio" -> invalid(bio, text);
                default -> showPictureError(text);
            }
        });
    }

    /**
     * Stores a chosen picture in the blog's media, in the request that brings it; it becomes the profile's picture
     * when the profile is saved. Returns what the form shows then, to run with the UI's lock.
     */
    Runnable storePicture(InputStream data) throws IOException {
        try {
            String stored = media.store(data);
            return () -> showPicture(stored);
        } catch (MediaRefusedException refused) {
            boolean tooLarge = refused.reason() == MediaRefusedException.Reason.TOO_LARGE;
            return () -> showPictureError(tooLarge
                    ? getTranslation("editor.upload.toolarge", MediaStore.MAX_BYTES / 1024 / 1024)
                    : getTranslation("editor.upload.notimage"));
        } catch (dev.geul.base.StorageFullException full) {
            return () -> showPictureError(getTranslation(dev.geul.base.StorageFullException.KEY));
        }
    }

    private void showPicture(String path) {
        avatarPath = path;
        pictureError.setVisible(false);
        picture.setVisible(path != null);
        removePicture.setVisible(path != null);
        if (path != null) {
            picture.setSrc(path);
        }
    }

    private void showPictureError(String text) {
        pictureError.setText(text);
        pictureError.setVisible(true);
    }

    private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private final class PictureUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            try (InputStream data = event.getInputStream()) {
                Runnable outcome = storePicture(data);
                ui.access(outcome::run);
            }
        }

        @Override
        public long getFileSizeMax() {
            return MediaStore.MAX_BYTES;
        }
    }
}
