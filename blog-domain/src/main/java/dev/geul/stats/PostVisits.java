package dev.geul.stats;

/** A post's views and visitors over some days; {@code visitors} adds up each day's. */
public record PostVisits(long postId, String title, String slug, long views, long visitors) {
}
