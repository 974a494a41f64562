package dev.geul.reader;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.geul.base.Permalinks;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.comment.CommentService;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.Visibility;
import dev.geul.site.AppearanceService;
import dev.geul.site.AppearanceSettings;
import dev.geul.site.ThemeName;
import dev.geul.web.RunningBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** What a reader gets over plain HTTP: pages of HTML with the text and comments, no session, no app to load. */
class ReaderPagesIT extends RunningBlog {

    @Autowired
    CommentService comments;
    @Autowired
    CategoryService categories;
    @Autowired
    AppearanceService appearance;
    @Autowired
    dev.geul.account.AccountService accounts;

    @Test
    void a_post_is_plain_html_with_its_text_and_thread_and_costs_no_session_and_no_app() {
        PostDetail post = publish(alice, PostDraft.of("제주 여행", "<p>바다가 정말 파랬다.</p>"));
        var first = comments.add(post.id(), NewComment.guest("민지", "password1", "저도 가 보고 싶어요"), null, "10.0.0.1");
        comments.add(post.id(), NewComment.guest("지훈", "password1", "같이 가요").replyTo(first.id()), null, "10.0.0.3");

        HttpResponse<String> response = get(Permalinks.post(post.slug()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("article h1").text()).isEqualTo("제주 여행");
        assertThat(page.select(".post-body").text()).isEqualTo("바다가 정말 파랬다.");
        assertThat(page.select("#comments .comment").text()).contains("민지").contains("저도 가 보고 싶어요");
        assertThat(page.select("#comment-" + first.id() + " .replies .comment").text()).contains("지훈").contains("같이 가요");
        assertThat(page.select("html").attr("lang")).isEqualTo("ko");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(response.body()).doesNotContain("VAADIN/").doesNotContain("<noscript");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=60").contains("public").contains("stale-while-revalidate=600"));
    }

    @Test
    void a_page_asked_again_with_its_etag_answers_304_without_a_body() {
        PostDetail post = publish(alice, PostDraft.of("다시 읽기", "<p>같은 글</p>"));
        HttpResponse<String> first = get(Permalinks.post(post.slug()));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug())))
                .header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void an_unknown_post_and_an_unknown_address_get_a_korean_404_in_the_blog_s_layout() {
        HttpResponse<String> post = get(Permalinks.post("없는-글"));
        HttpResponse<String> guestbook = get("/guestbook");

        for (HttpResponse<String> response : List.of(post, guestbook)) {
            assertThat(response.statusCode()).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
            assertThat(page.select(".site-title").text()).isEqualTo("글 블로그");
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void a_comment_sent_without_scripts_appears_under_the_post() {
        PostDetail post = publish(alice, PostDraft.of("댓글 받는 글", "<p>의견을 남겨 주세요</p>"));
        Map<String, String> form = formOf(post);
        form.put("name", "지훈");
        form.put("password", "password1");
        form.put("body", "스크립트 없이 쓴 댓글");

        HttpResponse<String> sent = postForm(Permalinks.post(post.slug()) + "/comments", form);

        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        Document page = Jsoup.parse(get(location.substring(0, location.indexOf('#'))).body());
        assertThat(page.select("#comments .comment").text()).contains("지훈").contains("스크립트 없이 쓴 댓글");
        assertThat(page.select("#comments .notice").text()).isEqualTo("댓글이 등록되었습니다.");
    }

    @Test
    void a_refused_comment_comes_back_with_every_word_and_the_reason_in_korean() {
        PostDetail post = publish(alice, PostDraft.of("댓글 받는 글", "<p>의견을 남겨 주세요</p>"));
        Map<String, String> form = formOf(post);
        form.put("name", "");
        form.put("password", "password1");
        form.put("body", "이름 없이 길게 쓴 소중한 댓글");

        HttpResponse<String> sent = postForm(Permalinks.post(post.slug()) + "/comments", form);

        assertThat(sent.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("이름 없이 길게 쓴 소중한 댓글");
        assertThat(page.select("#comment-name-error").text()).isEqualTo("손님으로 댓글을 쓰려면 이름을 적어 주세요.");
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a_comment_without_the_page_s_token_or_from_another_site_is_refused_and_kept() {
        PostDetail post = publish(alice, PostDraft.of("댓글 받는 글", "<p>의견을 남겨 주세요</p>"));
        Map<String, String> form = formOf(post);
        form.put("name", "지훈");
        form.put("password", "password1");
        form.put("body", "다른 곳에서 보낸 댓글");
        Map<String, String> forged = new LinkedHashMap<>(form);
        forged.put("token", "1.abc");

        HttpResponse<String> withoutToken = postForm(Permalinks.post(post.slug()) + "/comments", forged);
        HttpResponse<String> fromElsewhere = send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug()) + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));

        for (HttpResponse<String> response : List.of(withoutToken, fromElsewhere)) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(response.body()).select("textarea[name=body]").text()).isEqualTo("다른 곳에서 보낸 댓글");
        }
        assertThat(Jsoup.parse(get(Permalinks.post(post.slug())).body()).select("#comments .comment")).isEmpty();
    }

    @Test
    void a_secret_comment_shows_its_writer_and_time_but_not_its_text() {
        PostDetail post = publish(alice, PostDraft.of("비밀 댓글 받는 글", "<p>본문</p>"));
        comments.add(post.id(), NewComment.guest("수아", "password1", "나만 아는 이야기").asSecret(), null, "10.0.0.2");

        Document page = Jsoup.parse(get(Permalinks.post(post.slug())).body());

        assertThat(page.select("#comments .comment").text()).contains("수아").contains("비밀 댓글입니다.")
                .doesNotContain("나만 아는 이야기");
        assertThat(page.select("#comments .comment time").attr("datetime")).isNotBlank();
    }

    @Test
    void a_protected_post_asks_for_its_password_and_shows_its_text_once_given() {
        PostDetail post = publish(alice, PostDraft.of("잠긴 글", "<p>비밀번호를 아는 사람만</p>")
                .withVisibility(Visibility.PASSWORD, "1234"));

        Document locked = Jsoup.parse(get(Permalinks.post(post.slug())).body());
        HttpResponse<String> wrong = postForm(Permalinks.post(post.slug()) + "/unlock", Map.of("password", "0000"));
        HttpResponse<String> right = postForm(Permalinks.post(post.slug()) + "/unlock", Map.of("password", "1234"));

        assertThat(locked.select("form.unlock input[type=password]")).hasSize(1);
        assertThat(locked.html()).doesNotContain("비밀번호를 아는 사람만");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(wrong.body()).select(".unlock .error").text()).isEqualTo("비밀번호가 맞지 않습니다.");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(right.body()).select(".post-body").text()).isEqualTo("비밀번호를 아는 사람만");
        assertThat(right.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void lists_of_the_home_page_a_category_a_tag_and_a_month_link_to_the_post() {
        CategoryNode travel = as(admin, () -> categories.create(new CategoryDraft("여행")));
        PostDetail post = publish(alice, PostDraft.of("부산 여행", "<p>해운대</p>").withCategory(travel.id())
                .withTags(List.of("바다")));
        String month = post.publishedAt().atZone(java.time.ZoneId.of("Asia/Seoul"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM"));

        for (String path : List.of("/", Permalinks.category("여행"), Permalinks.tag("바다"), "/archive/" + month)) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("main .post-card h2 a").attr("href")).as(path)
                    .isEqualTo(Permalinks.post(post.slug()));
        }
        Document home = Jsoup.parse(get("/").body());
        assertThat(home.select(".sidebar .categories a").text()).contains("여행").contains("(1)");
        assertThat(home.select(".site-menu summary").text()).isEqualTo("메뉴");
    }

    @Test
    void search_results_are_in_the_html_with_the_words_marked() {
        publish(alice, PostDraft.of("회사 생활", "<p>회사에서 배운 것들</p>"));

        Document page = Jsoup.parse(get("/search?q=" + Permalinks.encode("회사")).body());

        assertThat(page.select("main .post-card h2").eachText()).contains("회사 생활");
        assertThat(page.select("main .snippet mark").text()).contains("회사");
        assertThat(page.select("#site-search-q").val()).isEqualTo("회사");
    }

    @Test
    void the_feed_s_old_addresses_answer_301_to_the_feed() {
        for (String path : List.of("/rss", "/feed/")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/feed");
        }
    }

    @Test
    void a_new_theme_or_colour_changes_the_page_and_its_etag() {
        PostDetail post = publish(alice, PostDraft.of("테마", "<p>본문</p>"));
        HttpResponse<String> before = get(Permalinks.post(post.slug()));

        as(admin, () -> appearance.change(AppearanceSettings.DEFAULTS.withTheme(ThemeName.COLUMN)));
        HttpResponse<String> after = send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug())))
                .header("If-None-Match", before.headers().firstValue("ETag").orElseThrow()));

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(after.body()).body().hasClass("column")).isTrue();
        assertThat(Jsoup.parse(before.body()).body().hasClass("column")).isFalse();
    }

    @Test
    void the_studio_keeps_its_sign_in_and_its_client_still_reaches_it_at_the_root() {
        HttpResponse<String> login = get("/login");
        HttpResponse<String> admin = get("/admin/posts");
        HttpResponse<String> client = send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(client.statusCode()).as("Vaadin answers, not the reader's front page").isNotIn(200, 405);
    }

    private Map<String, String> formOf(PostDetail post) {
        Document page = Jsoup.parse(get(Permalinks.post(post.slug())).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", page.select("#comment-form input[name=token]").val());
        return form;
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void published_pages_stand_in_the_header_in_their_order_a_page_below_another_is_linked_from_it_and_a_draft_nowhere() {
        PostDetail notices = as(alice, () -> posts.publish(posts.create(PostDraft.of("공지사항", "<p>공지</p>")
                .asPage(null).withMenuOrder(2)).id()));
        PostDetail about = as(alice, () -> posts.publish(posts.create(PostDraft.of("소개", "<p>안녕하세요</p>")
                .asPage(null).withMenuOrder(1)).id()));
        as(alice, () -> posts.publish(posts.create(PostDraft.of("연락처", "<p>메일 주세요</p>").asPage(about.id())).id()));
        as(alice, () -> posts.create(PostDraft.of("준비 중", "<p>아직</p>").asPage(null)));

        Document home = Jsoup.parse(get("/").body());
        assertThat(home.select("a[href^=/pages/]").eachText()).containsSubsequence("소개", "공지사항")
                .doesNotContain("연락처", "준비 중");
        Document aboutPage = Jsoup.parse(get(Permalinks.page(about.slug())).body());
        assertThat(aboutPage.select(".post-body").text()).isEqualTo("안녕하세요");
        assertThat(aboutPage.select(".pages-below").text()).contains("이 페이지 아래").contains("연락처");
        assertThat(get(Permalinks.page("준비-중")).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(get(Permalinks.page(notices.slug())).body()).select(".pages-below")).isEmpty();
    }

    @Test
    void a_writer_who_gave_a_picture_and_a_few_words_is_shown_under_the_post() {
        as(alice, () -> accounts.changeProfile(alice.accountId(), new dev.geul.account.ProfileChange("김앨리스",
                "/media/2026/12/0123456789abcdef0123456789abcdef.png", "서울에서 글을 씁니다.")));
        PostDetail post = publish(alice, PostDraft.of("프로필 있는 글", "<p>본문</p>"));

        Document page = Jsoup.parse(get(Permalinks.post(post.slug())).body());

        assertThat(page.select(".post-header .author").text()).contains("김앨리스");
        assertThat(page.select(".author-card .author-name").text()).isEqualTo("김앨리스");
        assertThat(page.select(".author-card .author-bio").text()).isEqualTo("서울에서 글을 씁니다.");
        assertThat(page.select(".author-card img").attr("src"))
                .isEqualTo("/media/2026/12/0123456789abcdef0123456789abcdef.png");
    }

    @Test
    void a_guest_changes_and_deletes_their_comment_with_its_password_without_scripts() {
        PostDetail post = publish(alice, PostDraft.of("고칠 댓글이 있는 글", "<p>본문</p>"));
        var mine = comments.add(post.id(), NewComment.guest("민지", "password1", "처음 쓴 말"), null, "10.0.0.1");
        String path = Permalinks.post(post.slug());

        Document page = Jsoup.parse(get(path).body());
        String manage = page.select("#comment-" + mine.id() + " .comment-tools a[href*=manage]").attr("href");
        assertThat(manage).isNotEmpty();
        Document form = Jsoup.parse(get(manage.substring(0, manage.indexOf('#'))).body());
        assertThat(form.select("#comment-" + mine.id() + " form.comment-manage textarea").text()).isEqualTo("처음 쓴 말");
        String token = form.select("form.comment-manage input[name=token]").val();

        HttpResponse<String> wrong = postForm(path + "/comments/" + mine.id(), Map.of("token", token,
                "action", "edit", "password", "wrong-one", "body", "고친 말"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        Document refused = Jsoup.parse(wrong.body());
        assertThat(refused.select("form.comment-manage .error").text()).isEqualTo("댓글 비밀번호가 맞지 않습니다.");
        assertThat(refused.select("form.comment-manage textarea").text()).isEqualTo("고친 말");
        assertThat(Jsoup.parse(get(path).body()).select("#comment-" + mine.id() + " .comment-body").text())
                .isEqualTo("처음 쓴 말");

        HttpResponse<String> edited = postForm(path + "/comments/" + mine.id(), Map.of("token", token,
                "action", "edit", "password", "password1", "body", "고친 말"));
        assertThat(edited.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(get(path).body()).select("#comment-" + mine.id() + " .comment-body").text())
                .isEqualTo("고친 말");

        HttpResponse<String> deleted = postForm(path + "/comments/" + mine.id(), Map.of("token", token,
                "action", "delete", "password", "password1"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(get(path).body()).select("#comment-" + mine.id())).isEmpty();
        assertThat(deleted.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void the_one_script_a_reader_loads_is_the_blogs_own_small_help_deferred_after_the_text() {
        PostDetail post = publish(alice, PostDraft.of("스크립트 없는 글", "<p>본문</p>"));
        HttpResponse<String> response = get(Permalinks.post(post.slug()));
        Document page = Jsoup.parse(response.body());

        // beside the site-wide policy, one that lets no inline script run (a browser obeys both)
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anyMatch(policy -> policy.startsWith("script-src 'self';") && !policy.contains("unsafe"));
        assertThat(page.select(".edit-link")).as("no edit link for a reader").isEmpty();

        assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/reader.js");
        assertThat(page.select("script[src]").hasAttr("defer")).isTrue();
        HttpResponse<String> script = get("/reader.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/search/suggestions").contains("geul.commenter");
        assertThat(script.body().length()).isLessThan(4_000);
    }
}
