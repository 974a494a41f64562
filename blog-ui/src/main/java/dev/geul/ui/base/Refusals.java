package dev.geul.ui.base;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Refusal;

/** A service's refusal said in the reader's language: the text of its key, with its arguments. */
public final class Refusals {

    private Refusals() {
    }

    public static String text(Component view, Refusal refused) {
        return view.getTranslation(refused.key(), refused.args());
    }

    /** What each refused field is told, by the field's name ({@code title}), in a steady order. */
    public static Map<String, String> byField(Component view, InvalidInputException refused) {
        Map<String, String> texts = new LinkedHashMap<>();
        refused.fields().forEach(each -> texts.put(each.field(), text(view, each)));
        return texts;
    }
}
