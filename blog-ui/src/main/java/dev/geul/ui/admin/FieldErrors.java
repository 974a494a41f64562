package dev.geul.ui.admin;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A refusal of the post said where the writer looks for it: beside the field it is about (the title, one of the
 * settings), or over the editor when no field is.
 */
final class FieldErrors {

    private final HasValidation title;
    private final PostSettings settings;

    FieldErrors(HasValidation title, PostSettings settings) {
        this.title = title;
        this.settings = settings;
    }

    /** Before a save: no field is marked any longer. */
    void clear() {
        List<HasValidation> fields = new ArrayList<>(settings.validatedFields());
        fields.add(title);
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** @param field the refused field's name, as the post's form and the services call it */
    void show(String field, String message) {
        HasValidation target = field.equals("title") ? title : settings.fieldFor(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        } else {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
