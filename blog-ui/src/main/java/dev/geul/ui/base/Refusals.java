package dev.geul.ui.base;

import com.vaadin.flow.component.Component;
import dev.geul.base.InvalidInputException;

/** Refused input said in the reader's language, where the service gave it a key; in its English words otherwise. */
public final class Refusals {

    private Refusals() {
    }

    public static String text(Component view, InvalidInputException refused) {
        return refused.key() == null ? refused.getMessage() : view.getTranslation(refused.key(), refused.args());
    }
}
