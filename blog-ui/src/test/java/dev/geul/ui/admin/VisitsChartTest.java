package dev.geul.ui.admin;

import java.time.LocalDate;
import java.util.List;

import dev.geul.stats.DailyVisits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisitsChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void one_bar_a_day_as_high_as_its_views_and_a_line_through_the_visitors() {
        String svg = VisitsChart.svg(List.of(new DailyVisits(DAY, 10, 4), new DailyVisits(DAY.plusDays(1), 5, 5),
                new DailyVisits(DAY.plusDays(2), 0, 0)), "조회수", "방문자", "최근 3일");
        Document chart = Jsoup.parse(svg, Parser.xmlParser());

        var bars = chart.select("rect:has(title)");
        assertThat(bars).hasSize(3);
        assertThat(Double.parseDouble(bars.get(0).attr("height")))
                .isEqualTo(2 * Double.parseDouble(bars.get(1).attr("height")));
        assertThat(Double.parseDouble(bars.get(2).attr("height"))).isZero();
        assertThat(bars.get(0).select("title").text()).isEqualTo("2026-03-01: 조회수 10, 방문자 4");
        assertThat(chart.select("polyline").attr("points").split(" ")).hasSize(3);
        assertThat(chart.select("svg").attr("aria-label")).isEqualTo("최근 3일");
        assertThat(chart.select("text").eachText()).contains("10", "0", "3.1", "3.2", "3.3");
    }

    @Test
    void labels_are_escaped_and_a_stretch_without_views_draws_flat() {
        String svg = VisitsChart.svg(List.of(new DailyVisits(DAY, 0, 0)), "<views>", "a'b", "x\"y");

        assertThat(svg).doesNotContain("<views>").contains("&lt;views&gt;").contains("a&#39;b").contains("x&quot;y");
        assertThat(Jsoup.parse(svg, Parser.xmlParser()).select("rect:has(title)").attr("height")).isEqualTo("0.0");
    }
}
