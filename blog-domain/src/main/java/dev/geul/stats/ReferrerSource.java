package dev.geul.stats;

/**
 * Where a view came from, grouped as Korean bloggers read their statistics (Tistory's 유입 경로): the search
 * engines one by one, Kakao, social networks together, every other site, and no referrer at all.
 */
public enum ReferrerSource {
    NAVER, DAUM, GOOGLE, BING, KAKAO, SOCIAL, OTHER, DIRECT;

    /** Whether its addresses carry the words searched for. */
    public boolean isSearchEngine() {
        return this == NAVER || this == DAUM || this == GOOGLE || this == BING;
    }
}
