package dev.geul.ui.admin;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/** The post as readers will see it, over the editor, in the blog's own styles. */
final class PostPreview extends Dialog {

    /** @param cleanHtml the text, already through the sanitizer every post's HTML goes through */
    PostPreview(String title, String cleanHtml) {
        setHeaderTitle(getTranslation("editor.preview"));
        Div body = new Div(new H1(title), new Html("<div>" + cleanHtml + "</div>"));
        body.addClassNames("geul-content", "geul-preview");
        add(body);
        getFooter().add(new Button(getTranslation("dialog.close"), e -> close()));
        setWidth("min(60rem, 95vw)");
    }
}
