package dev.geul.ui.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.geul.account.BlogUser;
import dev.geul.stats.DailyVisits;
import dev.geul.stats.DailyVisitsCsv;
import dev.geul.stats.OriginCount;
import dev.geul.stats.PostVisits;
import dev.geul.stats.VisitRecorder;
import dev.geul.stats.VisitorStatistics;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * 방문자 통계, the page an admin opens the studio on ({@code /admin}): today, yesterday and the total, views and
 * visitors per day over a chosen stretch, the posts read, where readers came from and what they searched for. An
 * author arriving at {@code /admin} goes on to the posts.
 */
@Route(value = "admin/stats", layout = AdminLayout.class)
@RouteAlias(value = "admin", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "AUTHOR"})
public class StatisticsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final List<Integer> RANGES = List.of(7, 30, 90, 365);
    private static final int TOP = 10;

    private final VisitorStatistics statistics;
    private final AuthenticationContext authentication;
    final VisitSummaryCards summary = new VisitSummaryCards();
    final Select<Integer> range = new Select<>();
    final VisitsChart chart = new VisitsChart();
    final Anchor csv = new Anchor();
    final Grid<PostVisits> posts = new Grid<>();
    final Grid<OriginCount> sources = new Grid<>();
    final Grid<OriginCount> sites = new Grid<>();
    final Grid<OriginCount> words = new Grid<>();

    public StatisticsView(VisitorStatistics statistics, VisitRecorder recorder, AuthenticationContext authentication) {
        this.statistics = statistics;
        this.authentication = authentication;
        addClassName("geul-admin-page");
        range.setLabel(getTranslation("stats.range"));
        range.setItems(RANGES);
        range.setItemLabelGenerator(days -> getTranslation("stats.range.days", days));
        range.setValue(30);
        range.addValueChangeListener(e -> showRange());
        csv.setText(getTranslation("stats.csv"));

        posts.addColumn(PostVisits::title).setHeader(getTranslation("stats.col.post")).setFlexGrow(1);
        posts.addColumn(PostVisits::views).setHeader(getTranslation("stats.col.views")).setAutoWidth(true);
        posts.addColumn(PostVisits::visitors).setHeader(getTranslation("stats.col.visitors")).setAutoWidth(true);
        posts.addItemClickListener(e -> getUI().ifPresent(ui -> ui.getPage()
                .open(e.getItem().permalink(), "_blank")));
        sources.addColumn(this::sourceName).setHeader(getTranslation("stats.col.source")).setFlexGrow(1);
        sources.addColumn(OriginCount::views).setHeader(getTranslation("stats.col.views")).setAutoWidth(true);
        sites.addColumn(OriginCount::detail).setHeader(getTranslation("stats.col.site")).setFlexGrow(1);
        sites.addColumn(this::sourceName).setHeader(getTranslation("stats.col.source")).setAutoWidth(true);
        sites.addColumn(OriginCount::views).setHeader(getTranslation("stats.col.views")).setAutoWidth(true);
        words.addColumn(OriginCount::detail).setHeader(getTranslation("stats.col.words")).setFlexGrow(1);
        words.addColumn(this::sourceName).setHeader(getTranslation("stats.col.engine")).setAutoWidth(true);
        words.addColumn(OriginCount::views).setHeader(getTranslation("stats.col.views")).setAutoWidth(true);
        for (Grid<?> grid : List.of(posts, sources, sites, words)) {
            grid.setAllRowsVisible(true);
        }

        add(new H2(getTranslation("stats.title")));
        if (!recorder.isEnabled()) {
            add(new Paragraph(getTranslation("stats.disabled")));
        }
        add(summary, range, chart, csv,
                new H3(getTranslation("stats.posts")), posts,
                new H3(getTranslation("stats.sources")), sources,
                new H3(getTranslation("stats.sites")), sites,
                new H3(getTranslation("stats.words")), words,
                new Paragraph(getTranslation("stats.privacy")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean admin = authentication.getAuthenticatedUser(BlogUser.class).map(BlogUser::isAdmin).orElse(false);
        if (!admin) {
            event.forwardTo(PostsView.class);
            return;
        }
        summary.show(statistics.summary());
        showRange();
    }

    void showRange() {
        LocalDate to = statistics.today();
        LocalDate from = to.minusDays(range.getValue() - 1L);
        List<DailyVisits> days = statistics.daily(from, to);
        chart.show(days, getTranslation("stats.col.views"), getTranslation("stats.col.visitors"),
                getTranslation("stats.chart", range.getValue()));
        csv.setHref(new CsvDownload(days));
        PageRequest top = PageRequest.of(0, TOP);
        posts.setItems(statistics.posts(from, to, top).getContent());
        sources.setItems(statistics.sources(from, to));
        sites.setItems(statistics.sites(from, to, top).getContent());
        words.setItems(statistics.searchWords(from, to, PageRequest.of(0, 2 * TOP)).getContent());
    }

    /** The figures the chart shows, as a spreadsheet reads them. */
    private record CsvDownload(List<DailyVisits> days) implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            event.setFileName(DailyVisitsCsv.fileName(days));
            event.setContentType("text/csv;charset=UTF-8");
            event.getOutputStream().write(DailyVisitsCsv.of(days).getBytes(StandardCharsets.UTF_8));
        }
    }

    private String sourceName(OriginCount origin) {
        return getTranslation("stats.source." + origin.source().name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.title");
    }
}
