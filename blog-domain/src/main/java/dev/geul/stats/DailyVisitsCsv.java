package dev.geul.stats;

import java.util.List;

/** Daily figures as CSV ({@code day,views,visitors}, RFC 4180 line ends), for a spreadsheet; same in API and studio. */
public final class DailyVisitsCsv {

    private DailyVisitsCsv() {
    }

    public static String of(List<DailyVisits> days) {
        StringBuilder csv = new StringBuilder("day,views,visitors\r\n");
        for (DailyVisits day : days) {
            csv.append(day.day()).append(',').append(day.views()).append(',').append(day.visitors()).append("\r\n");
        }
        return csv.toString();
    }

    /** e.g. {@code visits-2026-03-01-2026-03-30.csv} */
    public static String fileName(List<DailyVisits> days) {
        return "visits-" + days.getFirst().day() + "-" + days.getLast().day() + ".csv";
    }
}
