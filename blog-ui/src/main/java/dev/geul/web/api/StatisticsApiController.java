package dev.geul.web.api;

import java.time.LocalDate;
import java.util.List;

import dev.geul.stats.DailyVisits;
import dev.geul.stats.DailyVisitsCsv;
import dev.geul.stats.OriginCount;
import dev.geul.stats.PostVisits;
import dev.geul.stats.VisitSummary;
import dev.geul.stats.VisitorStatistics;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The visitor statistics for admins: today, yesterday and the total; views and visitors per day (also as CSV); the
 * posts read, where readers came from and what they searched for. A range is {@code from} and {@code to}
 * (ISO dates, both counted, at most a year; 422 otherwise), by default the last 30 days to today.
 */
@RestController
@RequestMapping("/api/admin/stats")
class StatisticsApiController {

    private static final int DEFAULT_DAYS = 30;

    private final VisitorStatistics statistics;

    StatisticsApiController(VisitorStatistics statistics) {
        this.statistics = statistics;
    }

    /** A list of counts, paged as every list of the API. */
    record Counts<T>(long total, int page, int size, List<T> items) {
        static <T> Counts<T> of(Page<T> found, ApiPaging paging) {
            return new Counts<>(found.getTotalElements(), paging.page(), paging.size(), found.getContent());
        }
    }

    @GetMapping("/summary")
    @Operation(summary = "Page views and unique visitors today, yesterday and in total")
    VisitSummary summary() {
        return statistics.summary();
    }

    @GetMapping("/daily")
    @Operation(summary = "Page views and unique visitors of every day in the range, oldest first")
    List<DailyVisits> daily(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Range range = Range.of(from, to, statistics.today());
        return statistics.daily(range.from(), range.to());
    }

    @GetMapping(value = "/daily.csv", produces = "text/csv")
    @Operation(summary = "The daily figures as CSV (day,views,visitors), for a spreadsheet")
    ResponseEntity<String> dailyCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        List<DailyVisits> days = daily(from, to);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + DailyVisitsCsv.fileName(days) + "\"")
                .body(DailyVisitsCsv.of(days));
    }

    @GetMapping("/posts")
    @Operation(summary = "The posts and pages read in the range, most viewed first")
    Counts<PostVisits> posts(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
        ApiPaging paging = ApiPaging.of(page, size);
        Range range = Range.of(from, to, statistics.today());
        return Counts.of(statistics.posts(range.from(), range.to(), request(paging)), paging);
    }

    @GetMapping("/sources")
    @Operation(summary = "Views per origin in the range: NAVER, DAUM, GOOGLE, BING, KAKAO, SOCIAL, OTHER, DIRECT")
    List<OriginCount> sources(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Range range = Range.of(from, to, statistics.today());
        return statistics.sources(range.from(), range.to());
    }

    @GetMapping("/sites")
    @Operation(summary = "The referring sites outside the search engines in the range, most views first")
    Counts<OriginCount> sites(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
        ApiPaging paging = ApiPaging.of(page, size);
        Range range = Range.of(from, to, statistics.today());
        return Counts.of(statistics.sites(range.from(), range.to(), request(paging)), paging);
    }

    @GetMapping("/search-words")
    @Operation(summary = "The words readers searched for on Naver, Daum, Google and Bing before they came")
    Counts<OriginCount> searchWords(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
        ApiPaging paging = ApiPaging.of(page, size);
        Range range = Range.of(from, to, statistics.today());
        return Counts.of(statistics.searchWords(range.from(), range.to(), request(paging)), paging);
    }

    private static PageRequest request(ApiPaging paging) {
        return PageRequest.of(paging.zeroBased(), paging.size());
    }

    /** The range asked for, with the defaults filled in; the service checks it. */
    private record Range(LocalDate from, LocalDate to) {
        static Range of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today) {
            LocalDate last = to == null ? today : to;
            return new Range(from == null ? last.minusDays(DEFAULT_DAYS - 1) : from, last);
        }
    }
}
