package dev.geul.ui.base;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Violations;
import jakarta.validation.ConstraintViolationException;

/** Refused input said in the reader's language, where the service gave it a key; in its English words otherwise. */
public final class Refusals {

    private Refusals() {
    }

    public static String text(Component view, InvalidInputException refused) {
        return refused.key() == null ? refused.getMessage() : view.getTranslation(refused.key(), refused.args());
    }

    /** What each refused field is told, by the field's name ({@code title}), in a steady order. */
    public static Map<String, String> byField(Component view, ConstraintViolationException refused) {
        Map<String, String> texts = new LinkedHashMap<>();
        Violations.refusals(refused).forEach(each -> texts.put(each.field(), text(view, each)));
        return texts;
    }

    /** The first refusal's text, for a form with one field. */
    public static String first(Component view, ConstraintViolationException refused) {
        return text(view, Violations.first(refused));
    }
}
