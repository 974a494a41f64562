package dev.geul.stats;

/**
 * Today, yesterday and all days together, as Tistory's 방문자 통계 opens. The total of visitors adds up the days'
 * visitors: someone who came on two days counts twice, as nobody is remembered past their day.
 */
public record VisitSummary(DailyVisits today, DailyVisits yesterday, long totalViews, long totalVisitors) {
}
