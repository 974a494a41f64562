package dev.geul.ui.admin;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Leaving the editor with text the server does not have, or with changes readers do not see yet: the way out waits
 * until the writer says to stay or to go.
 */
final class LeaveConfirmation {

    private LeaveConfirmation() {
    }

    /**
     * @param unsaved  true for text the server does not have; false for changes readers of the post do not see yet
     * @param goingOn  run when the writer goes all the same, before the navigation goes on
     */
    static void ask(BeforeLeaveEvent event, boolean unsaved, Runnable goingOn) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(dialog.getTranslation("editor.leave.title"));
        dialog.setText(dialog.getTranslation(unsaved ? "editor.leave.unsaved" : "editor.leave.unpublished"));
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("editor.leave.stay"));
        dialog.setConfirmText(dialog.getTranslation("editor.leave.go"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            goingOn.run();
            action.proceed();
        });
        dialog.open();
    }
}
