package dev.geul.web.api;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import dev.geul.base.Permalinks;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.account.AccountService;
import dev.geul.account.ProfileChange;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.Visibility;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/** The public JSON API as a client sees it: shapes, what is hidden, and the errors it answers with. */
class PostsApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CategoryService categories;
    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CommentThreads threads;
    @Autowired
    AccountService accounts;

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> postJson(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private static String commentsPath(PostDetail post) {
        return "/api/posts/" + Permalinks.encode(post.slug()) + "/comments";
    }

    @Test
    void the_list_holds_what_readers_see_listed_newest_first_with_the_protected_excerpt_withheld() {
        CategoryNode life = as(admin, () -> categories.create(new CategoryDraft("일상")));
        PostDetail first = publish(alice, PostDraft.of("첫 글", "<p>처음 쓰는 글</p>").withCategory(life.id())
                .withTags(List.of("회고", "일기")));
        clock.advance(java.time.Duration.ofHours(1));
        PostDetail locked = publish(alice, PostDraft.of("잠긴 글", "<p>비밀 내용</p>")
                .withVisibility(Visibility.PASSWORD, "1234"));
        publish(alice, PostDraft.of("링크로만", "<p>x</p>").withVisibility(Visibility.UNLISTED, null));
        publish(alice, PostDraft.of("비공개", "<p>x</p>").withVisibility(Visibility.PRIVATE, null));
        as(alice, () -> posts.create(PostDraft.of("초안", "<p>x</p>")));
        as(alice, () -> posts.schedule(posts.create(PostDraft.of("예약", "<p>x</p>")).id(),
                clock.instant().plus(java.time.Duration.ofDays(1))));
        publish(admin, PostDraft.of("소개", "<p>페이지</p>").asPage(null));
        asGuest(() -> comments.add(first.id(), NewComment.guest("손님", "pw1234", "좋아요"), null, "10.0.0.1"));

        HttpResponse<String> response = get("/api/posts");
        JsonNode page = json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(page.path("total").asLong()).isEqualTo(2);
        JsonNode items = page.path("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).path("title").asString()).isEqualTo("잠긴 글");
        assertThat(items.get(0).path("excerpt").asString()).isEmpty();
        assertThat(items.get(0).path("protected").asBoolean()).isTrue();
        JsonNode item = items.get(1);
        assertThat(item.propertyNames()).contains("id", "slug", "title", "url", "excerpt", "publishedAt",
                "category", "tags", "commentCount");
        assertThat(item.path("id").asLong()).isEqualTo(first.id());
        assertThat(item.path("slug").asString()).isEqualTo("첫-글");
        assertThat(item.path("url").asString()).isEqualTo("https://blog.example.kr" + Permalinks.post("첫-글"));
        assertThat(item.path("excerpt").asString()).isEqualTo("처음 쓰는 글");
        assertThat(item.path("publishedAt").asString()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(item.path("category").path("slug").asString()).isEqualTo("일상");
        assertThat(item.path("tags").findValues("name")).extracting(JsonNode::asString)
                .containsExactly("일기", "회고");
        assertThat(item.path("commentCount").asLong()).isEqualTo(1);
        assertThat(locked.id()).isNotEqualTo(first.id());
    }

    @Test
    void the_list_pages_and_filters_by_category_and_tag() {
        CategoryNode life = as(admin, () -> categories.create(new CategoryDraft("일상")));
        for (int i = 1; i <= 3; i++) {
            publish(alice, PostDraft.of("글 " + i, "<p>본문</p>").withCategory(i == 1 ? life.id() : null)
                    .withTags(i == 2 ? List.of("회고") : List.of()));
            clock.advance(java.time.Duration.ofMinutes(1));
        }

        JsonNode second = json(get("/api/posts?page=2&size=2"));
        JsonNode inCategory = json(get("/api/posts?category=" + Permalinks.encode("일상")));
        JsonNode withTag = json(get("/api/posts?tag=" + Permalinks.encode("회고")));

        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("items").findValues("title")).extracting(JsonNode::asString).containsExactly("글 1");
        assertThat(inCategory.path("items").findValues("title")).extracting(JsonNode::asString).containsExactly("글 1");
        assertThat(withTag.path("items").findValues("title")).extracting(JsonNode::asString).containsExactly("글 2");
        assertThat(get("/api/posts?category=nowhere").statusCode()).isEqualTo(404);
        assertThat(get("/api/posts?size=500").statusCode()).isEqualTo(400);
        assertThat(json(get("/api/posts?page=abc")).path("error").asString()).isNotBlank();
    }

    @Test
    void a_post_comes_with_its_sanitized_html_and_approved_comments_as_a_tree_without_secrets() {
        PostDetail post = publish(alice, PostDraft.of("회고", "<p onclick=\"x()\">본문 <script>alert(1)</script></p>"));
        CommentView root = asGuest(() -> comments.add(post.id(), NewComment.guest("손님", "pw1234", "첫 댓글"), null, "10.0.0.1"));
        clock.advance(java.time.Duration.ofMinutes(1));
        as(alice, () -> comments.add(post.id(), NewComment.signedIn("답글입니다").replyTo(root.id()), null, null));
        clock.advance(java.time.Duration.ofMinutes(1));
        CommentView secret = asGuest(() -> comments.add(post.id(),
                NewComment.guest("비밀손님", "pw1234", "비밀 이야기").asSecret(), null, "10.0.0.2"));
        clock.advance(java.time.Duration.ofMinutes(1));
        CommentView waiting = asGuest(() -> comments.add(post.id(), NewComment.guest("대기", "pw1234", "승인 대기 중"),
                null, "10.0.0.3"));
        as(admin, () -> moderation.moderate(waiting.id(), CommentStatus.PENDING));

        HttpResponse<String> response = get("/api/posts/" + Permalinks.encode(post.slug()));
        JsonNode body = json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("title").asString()).isEqualTo("회고");
        assertThat(body.path("contentHtml").asString()).isEqualTo("<p>본문 </p>");
        JsonNode thread = body.path("comments");
        assertThat(thread.size()).isEqualTo(2);
        assertThat(thread.get(0).propertyNames()).contains("id", "authorName", "bodyHtml", "createdAt", "replies");
        assertThat(thread.get(0).path("authorName").asString()).isEqualTo("손님");
        assertThat(thread.get(0).path("replies").get(0).path("bodyHtml").asString()).isEqualTo("답글입니다");
        assertThat(thread.get(1).path("id").asLong()).isEqualTo(secret.id());
        assertThat(thread.get(1).path("hidden").asBoolean()).isTrue();
        assertThat(response.body()).doesNotContain("비밀 이야기").doesNotContain("비밀손님").doesNotContain("승인 대기 중");
    }

    @Test
    void a_secret_answer_to_a_secret_comment_stays_out_of_anonymous_reads() {
        PostDetail post = publish(alice, PostDraft.of("질문 받아요", "<p>본문</p>"));
        CommentView secret = asGuest(() -> comments.add(post.id(),
                NewComment.guest("비밀손님", "pw1234", "비밀 질문").asSecret(), null, "10.0.0.2"));
        as(alice, () -> moderation.answer(secret.id(), NewComment.signedIn("비밀 답변").asSecret(), null));

        HttpResponse<String> response = get("/api/posts/" + Permalinks.encode(post.slug()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode thread = json(response).path("comments");
        assertThat(thread.get(0).path("hidden").asBoolean()).isTrue();
        assertThat(thread.get(0).path("replies").get(0).path("hidden").asBoolean()).isTrue();
        assertThat(response.body()).doesNotContain("비밀 질문").doesNotContain("비밀 답변");
    }

    @Test
    void a_post_is_signed_with_the_writers_current_name_picture_and_bio() {
        PostDetail post = publish(alice, PostDraft.of("서명", "<p>본문</p>"));
        as(alice, () -> accounts.changeProfile(alice.accountId(), new ProfileChange("김앨리스",
                "/media/2026/12/0123456789abcdef0123456789abcdef.png", "서울의 개발자")));

        JsonNode body = json(get("/api/posts/" + Permalinks.encode(post.slug())));

        assertThat(body.path("authorName").asString()).isEqualTo("김앨리스");
        assertThat(body.path("author").path("name").asString()).isEqualTo("김앨리스");
        assertThat(body.path("author").path("avatarUrl").asString())
                .endsWith("/media/2026/12/0123456789abcdef0123456789abcdef.png").startsWith("http");
        assertThat(body.path("author").path("bio").asString()).isEqualTo("서울의 개발자");
    }

    @Test
    void a_protected_post_answers_403_without_its_password_and_opens_with_it() {
        PostDetail post = publish(alice, PostDraft.of("잠긴 글", "<p>비밀 내용</p>")
                .withVisibility(Visibility.PASSWORD, "open-1234"));
        PostDetail korean = publish(alice, PostDraft.of("한글 암호", "<p>한글로 잠근 글</p>")
                .withVisibility(Visibility.PASSWORD, "열쇠"));
        String path = "/api/posts/" + Permalinks.encode(post.slug());

        HttpResponse<String> locked = get(path);
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri(path)).header("X-Post-Password", "wrong"));
        HttpResponse<String> header = send(HttpRequest.newBuilder(uri(path)).header("X-Post-Password", "open-1234"));
        // header values are Latin-1 on the wire; a Korean password goes percent-encoded as in RFC 8187
        HttpResponse<String> encoded = send(HttpRequest.newBuilder(uri("/api/posts/" + Permalinks.encode(
                korean.slug()))).header("X-Post-Password", "UTF-8''" + Permalinks.encode("열쇠")));
        // a password in the address stays in logs and histories: refused, right or wrong
        HttpResponse<String> parameter = get("/api/posts/" + Permalinks.encode(korean.slug()) + "?password="
                + Permalinks.encode("열쇠"));

        assertThat(locked.statusCode()).isEqualTo(403);
        assertThat(json(locked).path("error").asString()).contains("X-Post-Password");
        assertThat(locked.body()).doesNotContain("비밀 내용");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(header.statusCode()).isEqualTo(200);
        assertThat(json(header).path("contentHtml").asString()).isEqualTo("<p>비밀 내용</p>");
        assertThat(encoded.statusCode()).isEqualTo(200);
        assertThat(json(encoded).path("contentHtml").asString()).isEqualTo("<p>한글로 잠근 글</p>");
        assertThat(parameter.statusCode()).isEqualTo(400);
        assertThat(json(parameter).path("code").asString()).isEqualTo("error.post.password.query");
        assertThat(json(parameter).path("error").asString()).contains("X-Post-Password");
        assertThat(parameter.body()).doesNotContain("한글로 잠근 글");
    }

    @Test
    void a_client_guessing_a_post_password_gets_429_with_a_keyed_message_and_even_the_right_password_then_waits() {
        PostDetail post = publish(alice, PostDraft.of("잠긴 글", "<p>비밀 내용</p>")
                .withVisibility(Visibility.PASSWORD, "open-1234"));
        String path = "/api/posts/" + Permalinks.encode(post.slug());

        HttpResponse<String> last = null;
        for (int i = 0; i < 200 && (last == null || last.statusCode() == 403); i++) {
            last = send(HttpRequest.newBuilder(uri(path)).header("X-Post-Password", "guess-" + i));
        }
        HttpResponse<String> right = send(HttpRequest.newBuilder(uri(path)).header("X-Post-Password", "open-1234"));

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(json(last).path("code").asString()).isEqualTo("error.password.attempts");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).doesNotContain("비밀 내용");

        clock.advance(java.time.Duration.ofHours(1));
        assertThat(send(HttpRequest.newBuilder(uri(path)).header("X-Post-Password", "open-1234")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknown_drafts_and_private_posts_answer_404() {
        PostDetail draft = as(alice, () -> posts.create(PostDraft.of("초안", "<p>x</p>")));
        PostDetail diary = publish(alice, PostDraft.of("일기", "<p>x</p>").withVisibility(Visibility.PRIVATE, null));

        for (String slug : List.of("nothing-here", draft.slug(), diary.slug())) {
            HttpResponse<String> response = get("/api/posts/" + Permalinks.encode(slug));
            assertThat(response.statusCode()).as(slug).isEqualTo(404);
            assertThat(json(response).path("error").asString()).isNotBlank();
        }
        assertThat(postJson("/api/posts/nothing-here/comments", "{\"authorName\":\"a\",\"body\":\"b\",\"password\":\"pw1234\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void a_guest_comments_and_gets_201_with_the_stored_comment() {
        PostDetail post = publish(alice, PostDraft.of("회고", "<p>본문</p>"));
        CommentView root = asGuest(() -> comments.add(post.id(), NewComment.guest("먼저", "pw1234", "첫 댓글"), null, null));

        HttpResponse<String> response = postJson(commentsPath(post), """
                {"authorName": "지나가던 사람", "body": "좋은 글 <b>감사</b>합니다\\nhttps://example.kr",
                 "password": "pw1234", "parentId": %d, "secret": false, "website": ""}""".formatted(root.id()));
        JsonNode stored = json(response);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(Permalinks.post(post.slug()) + "#comment-" + stored.path("id").asLong()));
        assertThat(stored.path("authorName").asString()).isEqualTo("지나가던 사람");
        assertThat(stored.path("parentId").asLong()).isEqualTo(root.id());
        assertThat(stored.path("status").asString()).isEqualTo("approved");
        assertThat(stored.path("bodyHtml").asString()).isEqualTo("좋은 글 &lt;b&gt;감사&lt;/b&gt;합니다<br>"
                + "<a href=\"https://example.kr\" rel=\"nofollow ugc noopener\">https://example.kr</a>");
        assertThat(asGuest(() -> threads.tree(post, Set.of())).getFirst().replies()).hasSize(1);
    }

    @Test
    void broken_json_answers_400_and_invalid_comments_422_with_a_message_and_nothing_stored() {
        PostDetail post = publish(alice, PostDraft.of("회고", "<p>본문</p>"));

        HttpResponse<String> broken = postJson(commentsPath(post), "{\"authorName\": ");
        HttpResponse<String> empty = postJson(commentsPath(post), "{\"authorName\":\"손님\",\"body\":\"  \",\"password\":\"pw1234\"}");
        HttpResponse<String> nameless = postJson(commentsPath(post), "{\"body\":\"안녕\",\"password\":\"pw1234\"}");
        HttpResponse<String> tooLong = postJson(commentsPath(post), "{\"authorName\":\"손님\",\"password\":\"pw1234\",\"body\":\""
                + "가".repeat(5001) + "\"}");
        HttpResponse<String> spam = postJson(commentsPath(post),
                "{\"authorName\":\"bot\",\"body\":\"cheap\",\"password\":\"pw1234\",\"website\":\"http://spam.example\"}");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).path("error").asString()).isEqualTo("The request body is not valid JSON");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(json(empty).path("error").asString()).contains("Write something first.");
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(json(nameless).path("error").asString()).isEqualTo("Give a name to comment as a guest");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(json(tooLong).path("error").asString()).contains("at most 5,000 characters");
        assertThat(spam.statusCode()).isEqualTo(422);
        assertThat(json(spam).path("error").asString()).contains("spam");
        assertThat(asGuest(() -> threads.tree(post, Set.of()))).isEmpty();
    }

    @Test
    void a_body_over_64_kb_is_refused_with_413_whether_it_gives_its_length_or_comes_in_chunks() {
        PostDetail post = publish(alice, PostDraft.of("회고", "<p>본문</p>"));
        String huge = "{\"authorName\":\"손님\",\"password\":\"pw1234\",\"body\":\"" + "가".repeat(40_000) + "\"}";

        HttpResponse<String> withLength = postJson(commentsPath(post), huge);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri(commentsPath(post)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));

        assertThat(withLength.statusCode()).isEqualTo(413);
        assertThat(json(withLength).path("error").asString()).isEqualTo("The request body is larger than 64 KB");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json(chunked).path("error").asString()).isEqualTo("The request body is larger than 64 KB");
        assertThat(asGuest(() -> threads.tree(post, Set.of()))).isEmpty();
        assertThat(postJson(commentsPath(post), "{\"authorName\":\"손님\",\"body\":\"잘 읽었어요\",\"password\":\"pw1234\"}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void commenting_on_a_protected_post_needs_its_password() {
        PostDetail post = publish(alice, PostDraft.of("잠긴 글", "<p>비밀</p>")
                .withVisibility(Visibility.PASSWORD, "open-1234"));
        String body = "{\"authorName\":\"손님\",\"body\":\"들어왔어요\",\"password\":\"pw1234\"}";

        HttpResponse<String> without = postJson(commentsPath(post), body);
        HttpResponse<String> with = postJson(commentsPath(post), body, "X-Post-Password", "open-1234");

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(201);
    }
}
