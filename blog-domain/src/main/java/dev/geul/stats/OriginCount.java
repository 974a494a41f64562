package dev.geul.stats;

import org.jspecify.annotations.Nullable;

/**
 * Views that came from one origin over some days: a group alone ({@code detail} null), a referring site's host, or
 * the words searched for.
 */
public record OriginCount(ReferrerSource source, @Nullable String detail, long views) {
}
