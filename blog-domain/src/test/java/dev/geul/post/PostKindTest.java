package dev.geul.post;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostKindTest {

    @Test
    void a_post_is_read_under_posts_with_its_hangul_slug_percent_encoded() {
        assertThat(PostKind.POST.permalink("첫 글")).isEqualTo("/posts/%EC%B2%AB%20%EA%B8%80");
    }

    @Test
    void a_page_is_read_under_pages_not_posts() {
        assertThat(PostKind.PAGE.permalink("소개")).isEqualTo("/pages/%EC%86%8C%EA%B0%9C");
        assertThat(PostKind.PAGE.permalink("about")).isEqualTo("/pages/about");
    }
}
