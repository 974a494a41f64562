package dev.geul.stats;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.geul.base.BlogProperties;
import dev.geul.base.InvalidInputException;
import dev.geul.post.PostKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blog's visitor statistics, read from the daily counts {@link VisitRecorder} keeps: for admins only. Days are
 * the blog's days ({@code geul.time-zone}); a range is given by its first and last day, both counted, and spans at
 * most {@value #MAX_DAYS} days.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class VisitorStatistics {

    public static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BlogProperties blog;

    VisitorStatistics(JdbcClient jdbc, Clock clock, BlogProperties blog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.blog = blog;
    }

    /** Today in the blog's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), blog.timeZone());
    }

    public VisitSummary summary() {
        LocalDate today = today();
        List<DailyVisits> days = daily(today.minusDays(1), today);
        return jdbc.sql("select coalesce(sum(views), 0), coalesce(sum(visitors), 0) from visit_day")
                .query((row, n) -> new VisitSummary(days.get(1), days.get(0), row.getLong(1), row.getLong(2)))
                .single();
    }

    /**
     * Every day of the range, oldest first, days without views as zeros.
     *
     * @throws InvalidInputException ({@code from}) for a range that ends before it starts or is too long
     */
    public List<DailyVisits> daily(LocalDate from, LocalDate to) {
        check(from, to);
        Map<LocalDate, DailyVisits> counted = new HashMap<>();
        jdbc.sql("select day, views, visitors from visit_day where day between ? and ?")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((row, n) -> counted.put(row.getDate(1).toLocalDate(),
                        new DailyVisits(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3))))
                .list();
        List<DailyVisits> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(counted.getOrDefault(day, new DailyVisits(day, 0, 0)));
        }
        return days;
    }

    /** The posts and pages read in the range, most viewed first. @throws InvalidInputException as {@link #daily} */
    public Page<PostVisits> posts(LocalDate from, LocalDate to, Pageable page) {
        check(from, to);
        List<PostVisits> posts = jdbc.sql("""
                select p.id, p.title, p.slug, p.kind, sum(v.views) as views, sum(v.visitors) as visitors
                from post_visit_day v join post p on p.id = v.post_id
                where v.day between ? and ?
                group by p.id, p.title, p.slug, p.kind
                order by views desc, visitors desc, p.id
                limit ? offset ?""")
                .params(Date.valueOf(from), Date.valueOf(to), page.getPageSize(), page.getOffset())
                .query((row, n) -> new PostVisits(row.getLong(1), row.getString(2), row.getString(3),
                        PostKind.valueOf(row.getString(4)), row.getLong(5), row.getLong(6)))
                .list();
        long total = jdbc.sql("select count(distinct post_id) from post_visit_day where day between ? and ?")
                .params(Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
        return new PageImpl<>(posts, page, total);
    }

    /** Views per origin group in the range, most first; groups nobody came from are left out. */
    public List<OriginCount> sources(LocalDate from, LocalDate to) {
        check(from, to);
        return jdbc.sql("""
                select source, sum(views) as views from referrer_day where day between ? and ?
                group by source order by views desc, source""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((row, n) -> new OriginCount(ReferrerSource.valueOf(row.getString(1)), null, row.getLong(2)))
                .list();
    }

    /** The sites outside the search engines that sent readers in the range, most first. */
    public Page<OriginCount> sites(LocalDate from, LocalDate to, Pageable page) {
        return origins("referrer_day", "host", "host <> ''", from, to, page);
    }

    /** The words readers searched for before they came, in the range, most first. */
    public Page<OriginCount> searchWords(LocalDate from, LocalDate to, Pageable page) {
        return origins("search_word_day", "words", "true", from, to, page);
    }

    private Page<OriginCount> origins(String table, String detail, String condition, LocalDate from, LocalDate to,
                                      Pageable page) {
        check(from, to);
        String where = " from " + table + " where day between ? and ? and " + condition;
        List<OriginCount> found = jdbc.sql("select source, " + detail + ", sum(views) as views" + where
                        + " group by source, " + detail + " order by views desc, " + detail + " limit ? offset ?")
                .params(Date.valueOf(from), Date.valueOf(to), page.getPageSize(), page.getOffset())
                .query((row, n) -> new OriginCount(ReferrerSource.valueOf(row.getString(1)), row.getString(2),
                        row.getLong(3)))
                .list();
        long total = jdbc.sql("select count(*) from (select 1" + where + " group by source, " + detail + ") o")
                .params(Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
        return new PageImpl<>(found, page, total);
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("from", "error.stats.range", "The range must end on or after its first day");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("from", "error.stats.range.long",
                    "A range spans at most " + MAX_DAYS + " days", MAX_DAYS);
        }
    }
}
