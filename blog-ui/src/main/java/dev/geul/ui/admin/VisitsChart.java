package dev.geul.ui.admin;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Svg;
import dev.geul.stats.DailyVisits;

/**
 * Views per day as bars and visitors as a line, drawn on the server as SVG: no chart library in the browser and
 * nothing to load, and it scales with the page. The table beside it carries the same figures for screen readers.
 */
class VisitsChart extends Svg {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int BOTTOM = 24;
    private static final int TOP = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M.d");

    VisitsChart() {
        addClassName("geul-stats-chart");
        getStyle().set("display", "block").set("max-width", "56rem");
    }

    /** Draws the days; the labels are the translated words for the legend and the description. */
    void show(List<DailyVisits> days, String viewsLabel, String visitorsLabel, String description) {
        setSvg(svg(days, viewsLabel, visitorsLabel, description));
    }

    static String svg(List<DailyVisits> days, String viewsLabel, String visitorsLabel, String description) {
        long max = Math.max(1, days.stream().mapToLong(DailyVisits::views).max().orElse(0));
        double plotWidth = WIDTH - LEFT - 8;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = plotWidth / Math.max(1, days.size());
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT + 18).append("' role='img' aria-label='").append(escape(description))
                .append("' style='width:100%;height:auto;font:11px sans-serif'>");
        svg.append("<text x='").append(LEFT - 6).append("' y='").append(TOP + 8)
                .append("' text-anchor='end' fill='currentColor'>").append(max).append("</text>");
        svg.append("<text x='").append(LEFT - 6).append("' y='").append(HEIGHT - BOTTOM)
                .append("' text-anchor='end' fill='currentColor'>0</text>");
        svg.append("<line x1='").append(LEFT).append("' y1='").append(HEIGHT - BOTTOM).append("' x2='")
                .append(WIDTH - 8).append("' y2='").append(HEIGHT - BOTTOM)
                .append("' stroke='currentColor' stroke-opacity='0.3'/>");
        StringBuilder line = new StringBuilder();
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / 10.0));
        for (int i = 0; i < days.size(); i++) {
            DailyVisits day = days.get(i);
            double x = LEFT + i * step;
            double barHeight = plotHeight * day.views() / max;
            svg.append("<rect x='").append(fmt(x + step * 0.15)).append("' y='")
                    .append(fmt(HEIGHT - BOTTOM - barHeight)).append("' width='").append(fmt(step * 0.7))
                    .append("' height='").append(fmt(barHeight)).append("' fill='var(--lumo-primary-color, #1676f3)'")
                    .append(" fill-opacity='0.55'><title>").append(day.day()).append(": ").append(escape(viewsLabel))
                    .append(' ').append(day.views()).append(", ").append(escape(visitorsLabel)).append(' ')
                    .append(day.visitors()).append("</title></rect>");
            line.append(i == 0 ? "" : " ").append(fmt(x + step / 2)).append(',')
                    .append(fmt(HEIGHT - BOTTOM - plotHeight * day.visitors() / max));
            if (i % labelEvery == 0) {
                svg.append("<text x='").append(fmt(x + step / 2)).append("' y='").append(HEIGHT - BOTTOM + 14)
                        .append("' text-anchor='middle' fill='currentColor'>").append(DAY.format(day.day()))
                        .append("</text>");
            }
        }
        svg.append("<polyline points='").append(line).append("' fill='none' stroke='var(--lumo-error-color, #e5484d)'")
                .append(" stroke-width='2'/>");
        int legend = HEIGHT + 10;
        svg.append("<rect x='").append(LEFT).append("' y='").append(legend - 8)
                .append("' width='10' height='10' fill='var(--lumo-primary-color, #1676f3)' fill-opacity='0.55'/>")
                .append("<text x='").append(LEFT + 14).append("' y='").append(legend + 1)
                .append("' fill='currentColor'>").append(escape(viewsLabel)).append("</text>")
                .append("<line x1='").append(LEFT + 90).append("' y1='").append(legend - 3).append("' x2='")
                .append(LEFT + 100).append("' y2='").append(legend - 3)
                .append("' stroke='var(--lumo-error-color, #e5484d)' stroke-width='2'/>")
                .append("<text x='").append(LEFT + 104).append("' y='").append(legend + 1)
                .append("' fill='currentColor'>").append(escape(visitorsLabel)).append("</text>");
        return svg.append("</svg>").toString();
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
