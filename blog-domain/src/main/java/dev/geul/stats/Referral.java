package dev.geul.stats;

import org.jspecify.annotations.Nullable;

/**
 * A view's origin as kept in the statistics: its group, the referring site's host for sites outside the search
 * engines ({@code ""} otherwise), and the words searched for where the search engine's address carried them (else
 * null). Never the whole referring address, which may hold anything.
 */
public record Referral(ReferrerSource source, String host, @Nullable String words) {

    public static final int HOST_MAX_LENGTH = 255;
    public static final int WORDS_MAX_LENGTH = 100;

    static final Referral DIRECT = new Referral(ReferrerSource.DIRECT, "", null);
}
