package dev.geul.reader;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginTest {

    private static final String BLOG = "https://blog.example";

    @Test
    void a_form_from_the_blog_passes_and_one_from_another_site_does_not() {
        assertThat(SameOrigin.isSameOrigin(request("https://blog.example", null), BLOG)).isTrue();
        assertThat(SameOrigin.isSameOrigin(request("https://evil.example", null), BLOG)).isFalse();
        assertThat(SameOrigin.isSameOrigin(request(null, "https://blog.example/posts/a"), BLOG)).isTrue();
        assertThat(SameOrigin.isSameOrigin(request(null, "https://evil.example/page"), BLOG)).isFalse();
        assertThat(SameOrigin.isSameOrigin(request(null, null), BLOG)).isTrue();
    }

    @Test
    void a_referer_that_names_no_site_is_refused_rather_than_failing() {
        assertThat(SameOrigin.isSameOrigin(request(null, "/posts/a"), BLOG)).isFalse();
        assertThat(SameOrigin.isSameOrigin(request("null", "not an address"), BLOG)).isFalse();
    }

    private static MockHttpServletRequest request(String origin, String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/posts/a/comments");
        request.setScheme("https");
        request.setServerName("blog.example");
        request.setServerPort(443);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }
}
