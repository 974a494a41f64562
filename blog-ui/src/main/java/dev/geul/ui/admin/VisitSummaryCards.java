package dev.geul.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.geul.stats.VisitSummary;

/** Today, yesterday and the total, visitors first, as Tistory's statistics open. */
class VisitSummaryCards extends Div {

    final Div today = new Div();
    final Div yesterday = new Div();
    final Div total = new Div();

    VisitSummaryCards() {
        addClassName("geul-stats-summary");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        add(today, yesterday, total);
    }

    void show(VisitSummary summary) {
        fill(today, "stats.today", summary.today().visitors(), summary.today().views());
        fill(yesterday, "stats.yesterday", summary.yesterday().visitors(), summary.yesterday().views());
        fill(total, "stats.total", summary.totalVisitors(), summary.totalViews());
    }

    private void fill(Div card, String key, long visitors, long views) {
        Span title = new Span(getTranslation(key));
        title.addClassName("geul-meta");
        Div visitorsLine = new Div(getTranslation("stats.visitors.count", visitors));
        visitorsLine.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div viewsLine = new Div(getTranslation("stats.views.count", views));
        card.removeAll();
        card.add(title, visitorsLine, viewsLine);
    }
}
