package dev.geul.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferrersTest {

    private static final String BLOG = "blog.example.kr";

    @Test
    void naver_search_gives_its_query_words() {
        Referral referral = Referrers.classify(
                "https://search.naver.com/search.naver?where=nexearch&sm=top_hty&query=%EC%BF%A0%EB%B2%84%EB%84%A4%ED%8B%B0%EC%8A%A4+%EC%84%A4%EC%B9%98",
                BLOG);

        assertThat(referral).isEqualTo(new Referral(ReferrerSource.NAVER, "", "쿠버네티스 설치"));
    }

    @Test
    void daum_google_and_bing_give_their_q_words() {
        assertThat(Referrers.classify("https://m.search.daum.net/search?w=tot&q=%ED%8B%B0%EC%8A%A4%ED%86%A0%EB%A6%AC", BLOG))
                .isEqualTo(new Referral(ReferrerSource.DAUM, "", "티스토리"));
        assertThat(Referrers.classify("https://www.google.co.kr/search?q=spring+boot&hl=ko", BLOG))
                .isEqualTo(new Referral(ReferrerSource.GOOGLE, "", "spring boot"));
        assertThat(Referrers.classify("https://www.bing.com/search?q=%EB%B8%94%EB%A1%9C%EA%B7%B8&form=QBLH", BLOG))
                .isEqualTo(new Referral(ReferrerSource.BING, "", "블로그"));
    }

    @Test
    void google_mostly_leaves_the_words_out_and_its_country_domains_and_app_are_google_too() {
        assertThat(Referrers.classify("https://www.google.com/", BLOG))
                .isEqualTo(new Referral(ReferrerSource.GOOGLE, "", null));
        assertThat(Referrers.classify("https://www.google.de/", BLOG).source()).isEqualTo(ReferrerSource.GOOGLE);
        assertThat(Referrers.classify("android-app://com.google.android.googlequicksearchbox/", BLOG).source())
                .isEqualTo(ReferrerSource.GOOGLE);
        assertThat(Referrers.classify("https://googleblog.example.com/", BLOG).source())
                .isEqualTo(ReferrerSource.OTHER);
    }

    @Test
    void unencoded_hangul_in_a_referrer_is_read_as_it_is() {
        assertThat(Referrers.classify("https://search.naver.com/search.naver?query=글 블로그", BLOG))
                .isEqualTo(new Referral(ReferrerSource.NAVER, "", "글 블로그"));
    }

    @Test
    void kakao_social_networks_and_other_sites_keep_their_host_without_www() {
        assertThat(Referrers.classify("https://talk.kakao.com/some/path?x=1", BLOG))
                .isEqualTo(new Referral(ReferrerSource.KAKAO, "talk.kakao.com", null));
        assertThat(Referrers.classify("https://t.co/abc", BLOG).source()).isEqualTo(ReferrerSource.SOCIAL);
        assertThat(Referrers.classify("https://l.facebook.com/l.php?u=x", BLOG))
                .isEqualTo(new Referral(ReferrerSource.SOCIAL, "l.facebook.com", null));
        assertThat(Referrers.classify("https://www.instagram.com/", BLOG).host()).isEqualTo("instagram.com");
        assertThat(Referrers.classify("https://www.clien.net/service/board/park/1?q=secret", BLOG))
                .isEqualTo(new Referral(ReferrerSource.OTHER, "clien.net", null));
    }

    @Test
    void no_referrer_or_an_unreadable_one_is_direct_and_the_blog_itself_is_no_origin() {
        assertThat(Referrers.classify(null, BLOG)).isEqualTo(Referral.DIRECT);
        assertThat(Referrers.classify("", BLOG)).isEqualTo(Referral.DIRECT);
        assertThat(Referrers.classify("not an address", BLOG)).isEqualTo(Referral.DIRECT);
        assertThat(Referrers.classify("https://blog.example.kr/posts/a", BLOG)).isNull();
        assertThat(Referrers.classify("https://BLOG.example.kr:443/", BLOG)).isNull();
    }

    @Test
    void broken_escapes_and_empty_words_give_no_words() {
        assertThat(Referrers.classify("https://search.daum.net/search?q=%E3%8", BLOG).words()).isNull();
        assertThat(Referrers.classify("https://search.daum.net/search?q=+++", BLOG).words()).isNull();
        assertThat(Referrers.classify("https://www.bing.com/search?q=" + "가".repeat(300), BLOG).words())
                .hasSize(Referral.WORDS_MAX_LENGTH);
    }
}
