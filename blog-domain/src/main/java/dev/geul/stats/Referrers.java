package dev.geul.stats;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Sorts a {@code Referer} into its {@link ReferrerSource} and picks the searched words out of a search engine's
 * address: Naver's {@code query=}, Daum's, Google's and Bing's {@code q=} (Google mostly leaves them out). A referrer
 * on the blog's own host is a reader moving between pages, not a way in: {@link #classify} answers null.
 */
public final class Referrers {

    private static final Map<ReferrerSource, List<String>> DOMAINS = Map.of(
            ReferrerSource.NAVER, List.of("naver.com", "naver.me", "naver.net"),
            ReferrerSource.DAUM, List.of("daum.net"),
            ReferrerSource.GOOGLE, List.of("google.com", "google.co.kr", "googlequicksearchbox"),
            ReferrerSource.BING, List.of("bing.com"),
            ReferrerSource.KAKAO, List.of("kakao.com", "kakaocorp.com", "kakaotalk"),
            ReferrerSource.SOCIAL, List.of("x.com", "twitter.com", "t.co", "facebook.com", "fb.com", "fb.me",
                    "instagram.com", "threads.net", "threads.com", "linkedin.com", "lnkd.in", "reddit.com",
                    "youtube.com", "youtu.be", "band.us", "pinterest.com", "tiktok.com", "bsky.app",
                    "mastodon.social"));
    private static final List<ReferrerSource> ORDER = List.of(ReferrerSource.NAVER, ReferrerSource.DAUM,
            ReferrerSource.GOOGLE, ReferrerSource.BING, ReferrerSource.KAKAO, ReferrerSource.SOCIAL);

    /** scheme://[user@]host[:port][/path][?query][#fragment]: the host and the query. */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:\\[\\]]+)(?::\\d*)?[^?#]*(?:\\?([^#]*))?(?:#.*)?");

    private Referrers() {
    }

    /**
     * @param referrer the {@code Referer} header, or null
     * @param ownHost  the host the request was made to
     * @return the view's origin, or null for a referrer on the blog itself
     */
    public static @Nullable Referral classify(@Nullable String referrer, @Nullable String ownHost) {
        if (referrer == null || referrer.isBlank()) {
            return Referral.DIRECT;
        }
        // by pattern, not java.net.URI: browsers and apps send unencoded Hangul, which URI refuses
        Matcher address = ADDRESS.matcher(referrer.strip());
        if (!address.matches()) {
            return Referral.DIRECT;
        }
        String host = address.group(1).toLowerCase(Locale.ROOT);
        String query = address.group(2);
        if (ownHost != null && host.equals(ownHost.toLowerCase(Locale.ROOT))) {
            return null;
        }
        ReferrerSource source = sourceOf(host);
        if (source.isSearchEngine()) {
            String key = source == ReferrerSource.NAVER ? "query" : "q";
            return new Referral(source, "", words(query, key));
        }
        String site = host.startsWith("www.") ? host.substring(4) : host;
        return new Referral(source, cut(site, Referral.HOST_MAX_LENGTH), null);
    }

    /** The group of a referring host (lower case): a listed domain or any of its subdomains, else {@code OTHER}. */
    static ReferrerSource sourceOf(String host) {
        for (ReferrerSource source : ORDER) {
            for (String domain : DOMAINS.getOrDefault(source, List.of())) {
                if (host.equals(domain) || host.endsWith("." + domain)) {
                    return source;
                }
            }
        }
        // Google's many country domains: google.de, www.google.co.jp, ...
        return host.matches("(.+\\.)?google(\\.[a-z]{2,3}){1,2}") ? ReferrerSource.GOOGLE : ReferrerSource.OTHER;
    }

    /** The decoded, whitespace-folded value of {@code key} in a raw query, or null where it is absent or empty. */
    static @Nullable String words(@Nullable String rawQuery, String key) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(key)) {
                String value;
                try {
                    value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
                String folded = value.strip().replaceAll("\\s+", " ");
                return folded.isEmpty() ? null : cut(folded, Referral.WORDS_MAX_LENGTH);
            }
        }
        return null;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
