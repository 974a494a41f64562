package dev.geul.ui.comment;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import dev.geul.ui.post.PostView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class CommentFormIT extends SpringBrowserlessTest {

    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    PostDetail post;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        BlogUser alice = fixtures.author("alice");
        post = as(alice, () -> posts.publish(posts.create(PostDraft.of("회고", "<p>본문</p>")).id()));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private CommentForm openForm() {
        navigate("posts/" + post.slug(), PostView.class);
        return $(CommentForm.class).last();
    }

    @Test
    void a_guest_without_a_name_is_told_so_and_keeps_their_text() {
        CommentForm form = openForm();
        test(form.password).setValue("pw1234");
        test(form.body).setValue("좋은 글 감사합니다");

        test(form.submit).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).contains("name");
        assertThat(form.body.getValue()).isEqualTo("좋은 글 감사합니다");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isZero();
    }

    @Test
    void a_korean_reader_is_told_in_korean_why_the_comment_was_refused() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        CommentForm form = openForm();
        test(form.name).setValue("민수");
        test(form.password).setValue("pw");
        test(form.body).setValue("좋은 글 감사합니다");

        test(form.submit).click();

        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage())
                .isEqualTo("나중에 댓글을 고치거나 지우려면 4자 이상의 비밀번호를 정해 주세요.");
        assertThat(form.body.getValue()).isEqualTo("좋은 글 감사합니다");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isZero();
    }

    @Test
    void an_empty_comment_is_refused_at_the_body_field() {
        CommentForm form = openForm();
        test(form.name).setValue("민수");
        test(form.password).setValue("pw1234");

        test(form.submit).click();

        assertThat(form.body.isInvalid()).isTrue();
        assertThat(form.body.getErrorMessage()).isEqualTo("Write something first.");
    }

    @Test
    void a_korean_reader_is_told_in_korean_what_the_form_itself_refused() {
        UI.getCurrent().setLocale(Locale.KOREAN);
        CommentForm form = openForm();
        test(form.name).setValue("민수");
        test(form.password).setValue("pw1234");

        test(form.submit).click();

        assertThat(form.body.isInvalid()).isTrue();
        assertThat(form.body.getErrorMessage()).isEqualTo("먼저 내용을 적어 주세요.");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isZero();
    }

    @Test
    void a_guest_comment_appears_in_the_thread() {
        CommentForm form = openForm();
        test(form.name).setValue("민수");
        test(form.password).setValue("pw1234");
        test(form.body).setValue("회사에서 읽었어요\nhttps://example.com 참고");

        test(form.submit).click();

        CommentThread thread = $(CommentThread.class).single();
        String text = thread.getElement().getOuterHTML();
        assertThat(text).contains("민수").contains("회사에서 읽었어요").contains("<br>")
                .contains("<a href=\"https://example.com\" rel=\"nofollow ugc noopener\">");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isOne();
    }

    private void postAsGuest(String name, String password, String text) {
        CommentForm form = openForm();
        test(form.name).setValue(name);
        test(form.password).setValue(password);
        test(form.body).setValue(text);
        test(form.submit).click();
    }

    private com.vaadin.flow.component.button.Button tool(String text) {
        return $(com.vaadin.flow.component.button.Button.class).withText(text).first();
    }

    @Test
    void a_guest_deletes_their_comment_with_its_password_and_a_wrong_one_is_refused() {
        postAsGuest("민수", "pw1234", "지울 댓글");

        test(tool("Delete")).click();
        CommentChange change = $(CommentChange.class).single();
        test(change.password).setValue("wrong-pw");
        test(change.confirm).click();

        assertThat(change.password.isInvalid()).isTrue();
        assertThat(change.password.getErrorMessage()).isEqualTo("The password does not match this comment.");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isOne();

        test(change.password).setValue("pw1234");
        test(change.confirm).click();

        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isZero();
        assertThat($(CommentThread.class).single().getElement().getOuterHTML()).doesNotContain("지울 댓글");
    }

    @Test
    void a_guest_edits_their_comment_with_its_password() {
        postAsGuest("민수", "pw1234", "첫 줄\n둘째 줄");

        test(tool("Edit")).click();
        CommentChange change = $(CommentChange.class).single();
        assertThat(change.body.getValue()).isEqualTo("첫 줄\n둘째 줄");
        test(change.password).setValue("pw1234");
        test(change.body).setValue("고친 댓글");
        test(change.confirm).click();

        assertThat(jdbc.queryForObject("select body from comment", String.class)).isEqualTo("고친 댓글");
        assertThat($(CommentThread.class).single().getElement().getOuterHTML()).contains("고친 댓글");
    }
}
