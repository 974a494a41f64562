package dev.geul.ui.admin;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.geul.post.RevisionDiff;

/**
 * A text with its changes shown in place: removed words struck through, added ones marked. Each run is plain text
 * (escaped by the browser), so a diff of hostile text stays text. The markers the diff puts for what is not words
 * (⟦fold⟧, ⟦figure⟧, ⟦image a.png⟧...) are shown in the reader's language: [접은 글], [그림], [이미지 a.png].
 */
class DiffText extends Div {

    private static final Pattern MARKER = Pattern.compile("⟦(fold|figure|table|row|rule|code|image)( [^⟧]*)?⟧");

    DiffText(List<RevisionDiff.Segment> segments) {
        addClassName("geul-diff");
        getStyle().set("white-space", "pre-wrap").set("max-height", "20rem").set("overflow", "auto")
                .set("padding", "0.5rem").set("border", "1px solid var(--lumo-contrast-10pct)");
        for (RevisionDiff.Segment segment : segments) {
            Span run = new Span(shown(segment.text()));
            switch (segment.change()) {
                case REMOVED -> run.getStyle().set("text-decoration", "line-through")
                        .set("background", "var(--lumo-error-color-10pct)");
                case ADDED -> run.getStyle().set("background", "var(--lumo-success-color-10pct)");
                case SAME -> {
                }
            }
            run.getElement().setAttribute("data-change", segment.change().name().toLowerCase(Locale.ROOT));
            add(run);
        }
    }

    private String shown(String text) {
        Matcher marker = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            String detail = marker.group(2) == null ? "" : marker.group(2);
            marker.appendReplacement(out, Matcher.quoteReplacement(
                    "[" + getTranslation("history.marker." + marker.group(1)) + detail + "]"));
        }
        marker.appendTail(out);
        return out.toString();
    }
}
