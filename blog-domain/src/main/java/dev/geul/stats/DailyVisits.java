package dev.geul.stats;

import java.time.LocalDate;

/** A day's page views and unique visitors (a visitor counts once a day however many pages they read). */
public record DailyVisits(LocalDate day, long views, long visitors) {
}
