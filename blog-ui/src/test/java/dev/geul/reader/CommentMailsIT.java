package dev.geul.reader;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.geul.base.Permalinks;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.mail.MailOutbox;
import dev.geul.mail.MailStatus;
import dev.geul.mail.OutboxSender;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Mails a comment causes, received by a real SMTP server. */
class CommentMailsIT extends MailingBlog {

    private static final String GUEST = "minji@example.kr";

    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CommentThreads threads;
    @Autowired
    MailOutbox outbox;

    @Test
    void a_guest_who_asked_gets_one_mail_for_a_reply_with_a_one_click_unsubscribe_and_no_more_after_it() throws Exception {
        PostDetail post = publish(alice, PostDraft.of("메일 알림 글", "<p>질문 받습니다</p>"));
        long question = askByForm(post);
        CommentView answer = as(alice, () -> moderation.answer(question, NewComment.signedIn("이렇게 하시면 돼요"),
                "10.0.0.9"));

        sender.sendDue();

        List<MimeMessage> toGuest = receivedBy(GUEST);
        assertThat(toGuest).hasSize(1);
        MimeMessage mail = toGuest.getFirst();
        assertThat(mail.getSubject()).isEqualTo("[글 블로그] ‘메일 알림 글’에 남기신 댓글에 답글이 달렸습니다");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<https://blog.example.kr/mail/unsubscribe/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String body = textOf(mail);
        assertThat(body).contains("text/plain").contains("text/html").contains("#comment-" + answer.id());
        assertThat(receivedBy("author@blog.example.kr")).as("the author hears of the guest's comment").hasSize(1);
        assertThat(get(Permalinks.post(post.slug())).body()).doesNotContain(GUEST);

        String path = unsubscribe.substring("<https://blog.example.kr".length(), unsubscribe.length() - 1);
        HttpResponse<String> oneClick = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        as(alice, () -> moderation.answer(question, NewComment.signedIn("하나 더 알려 드려요"), "10.0.0.9"));
        sender.sendDue();

        assertThat(receivedBy(GUEST)).hasSize(1);
    }

    @Test
    void a_reply_held_and_approved_again_is_announced_once() {
        PostDetail post = publish(alice, PostDraft.of("다시 승인된 답글", "<p>본문</p>"));
        CommentView question = comments.add(post.id(), NewComment.guest("민지", "password1", "질문이요")
                .notifyingRepliesTo(GUEST), null, "10.0.0.1");
        CommentView reply = comments.add(post.id(), NewComment.guest("지훈", "password1", "제가 알아요")
                .replyTo(question.id()), null, "10.0.0.2");
        as(alice, () -> moderation.moderate(reply.id(), dev.geul.comment.CommentStatus.SPAM));
        as(alice, () -> moderation.moderate(reply.id(), dev.geul.comment.CommentStatus.APPROVED));

        sender.sendDue();

        assertThat(receivedBy(GUEST)).hasSize(1);
    }

    @Test
    void a_reply_while_the_smtp_server_is_away_waits_in_the_outbox_and_arrives_once_when_it_is_back() throws Exception {
        PostDetail post = publish(alice, PostDraft.of("서버가 쉬는 날", "<p>본문</p>"));
        CommentView question = comments.add(post.id(), NewComment.guest("민지", "password1", "질문이요")
                .notifyingRepliesTo(GUEST), null, "10.0.0.1");
        smtp.stop();
        as(alice, () -> moderation.answer(question.id(), NewComment.signedIn("답이에요"), "10.0.0.9"));

        assertThat(sender.sendDue()).isZero();
        MailStatus away = as(admin, outbox::status);
        assertThat(away.configured()).isTrue();
        assertThat(away.waiting()).isEqualTo(2);
        assertThat(away.lastError()).isNotBlank();

        smtp = startedSmtp();
        int sentAtOnce = sender.sendDue();
        assertThat(sentAtOnce).as("the mail that failed waits; the one not tried yet goes").isEqualTo(1);
        clock.advance(OutboxSender.backoff(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        clock.advance(OutboxSender.backoff(5));
        assertThat(sender.sendDue()).isZero();

        assertThat(receivedBy(GUEST)).hasSize(1);
        assertThat(receivedBy("author@blog.example.kr")).hasSize(1);
        assertThat(as(admin, outbox::status).waiting()).isZero();
    }

    private long askByForm(PostDetail post) {
        Document page = Jsoup.parse(get(Permalinks.post(post.slug())).body());
        String form = "token=" + page.select("#comment-form input[name=token]").val()
                + "&name=%EB%AF%BC%EC%A7%80&password=password1&body=%EC%A7%88%EB%AC%B8%EC%9D%B4%EC%9A%94"
                + "&email=" + GUEST + "&notifyReplies=true";
        HttpResponse<String> sent = send(HttpRequest.newBuilder(uri(Permalinks.post(post.slug()) + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(sent.statusCode()).isEqualTo(303);
        return threads.tree(post, java.util.Set.of()).getFirst().id();
    }

    @Test
    void the_author_who_switched_off_new_comment_notices_in_the_studio_is_still_told_of_those_waiting() {
        PostDetail post = publish(alice, PostDraft.of("조용한 글", "<p>본문</p>"));
        as(admin, () -> notices.change(new dev.geul.mail.AuthorNotices.Switches(false, true)));

        comments.add(post.id(), NewComment.guest("민지", "password1", "잘 읽었어요"), null, "10.0.0.1");
        comments.add(post.id(), NewComment.guest("광고", "password1",
                "http://a.example http://b.example http://c.example"), null, "10.0.0.2");
        sender.sendDue();

        assertThat(receivedBy("author@blog.example.kr")).extracting(MimeMessage::getSubject).singleElement()
                .asString().contains("승인");
        assertThat(as(admin, () -> notices.current()).newComments()).isFalse();
    }

    @Autowired
    dev.geul.mail.AuthorNotices notices;
}
