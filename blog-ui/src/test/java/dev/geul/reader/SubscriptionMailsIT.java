package dev.geul.reader;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.mail.Subscriber;
import dev.geul.mail.Subscriptions;
import dev.geul.post.PostDraft;
import dev.geul.post.ScheduledPostPublisher;
import dev.geul.post.Visibility;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Subscribing by e-mail, confirming, getting new posts, unsubscribing through the header: over a real SMTP server. */
class SubscriptionMailsIT extends MailingBlog {

    private static final String READER = "sua@example.kr";
    private static final Pattern CONFIRM = Pattern.compile("https://blog\\.example\\.kr(/mail/confirm/[0-9a-f]+)");

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    ScheduledPostPublisher scheduler;

    @Test
    void a_reader_subscribes_confirms_gets_each_new_public_post_once_and_nothing_after_unsubscribing() throws Exception {
        HttpResponse<String> subscribed = subscribe(READER);
        assertThat(subscribed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(subscribed.body()).select("main p, p").text()).contains("방금 보낸 메일");
        as(alice, () -> posts.publish(posts.create(PostDraft.of("확인 전의 글", "<p>아직</p>")).id()));
        sender.sendDue();
        List<MimeMessage> confirmation = receivedBy(READER);
        assertThat(confirmation).as("the confirmation alone, no post before it").hasSize(1);
        assertThat(confirmation.getFirst().getSubject()).isEqualTo("[글 블로그] 구독을 확인해 주세요");
        Matcher link = CONFIRM.matcher(textOf(confirmation.getFirst()));
        assertThat(link.find()).isTrue();

        assertThat(send(HttpRequest.newBuilder(uri(link.group(1))).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(200);
        as(alice, () -> posts.publish(posts.create(PostDraft.of("새 글 알림", "<p>구독자에게 가는 글</p>")).id()));
        as(alice, () -> posts.publish(posts.create(PostDraft.of("비공개 글", "<p>나만</p>")
                .withVisibility(Visibility.PRIVATE, null)).id()));
        as(alice, () -> posts.publish(posts.create(PostDraft.of("보호된 글", "<p>비밀번호</p>")
                .withVisibility(Visibility.PASSWORD, "password1")).id()));
        sender.sendDue();

        List<MimeMessage> received = receivedBy(READER);
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactly("[글 블로그] 구독을 확인해 주세요", "[글 블로그] 새 글 알림");
        MimeMessage post = received.get(1);
        assertThat(textOf(post)).contains("text/plain").contains("text/html");
        assertThat(post.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(as(admin, () -> subscriptions.list())).extracting(Subscriber::email, Subscriber::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(READER, Subscriber.State.CONFIRMED));

        String header = post.getHeader("List-Unsubscribe")[0];
        String path = header.substring("<https://blog.example.kr".length(), header.length() - 1);
        assertThat(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))).statusCode()).isEqualTo(200);
        as(alice, () -> posts.publish(posts.create(PostDraft.of("구독 끊은 뒤의 글", "<p>안 가는 글</p>")).id()));
        sender.sendDue();

        assertThat(receivedBy(READER)).hasSize(2);
        assertThat(as(admin, () -> subscriptions.list()).getFirst().state()).isEqualTo(Subscriber.State.UNSUBSCRIBED);
    }

    @Test
    void a_scheduled_post_is_mailed_when_its_time_comes_and_not_before() throws Exception {
        subscribe(READER);
        sender.sendDue();
        Matcher link = CONFIRM.matcher(textOf(receivedBy(READER).getFirst()));
        assertThat(link.find()).isTrue();
        send(HttpRequest.newBuilder(uri(link.group(1))).POST(HttpRequest.BodyPublishers.noBody()));
        long id = as(alice, () -> posts.create(PostDraft.of("예약한 글", "<p>내일 아침</p>")).id());
        as(alice, () -> posts.schedule(id, clock.instant().plus(java.time.Duration.ofHours(1))));

        scheduler.publishDuePosts();
        sender.sendDue();
        assertThat(receivedBy(READER)).hasSize(1);

        clock.advance(java.time.Duration.ofHours(2));
        scheduler.publishDuePosts();
        sender.sendDue();
        assertThat(receivedBy(READER)).extracting(MimeMessage::getSubject).last().isEqualTo("[글 블로그] 예약한 글");
        assertThat(receivedBy(READER)).hasSize(2);
    }

    @Test
    void a_subscribe_form_from_another_site_or_with_a_wrong_address_subscribes_nobody() {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/mail/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + READER + "&token=" + token())));
        HttpResponse<String> wrong = subscribe("주소가-아님");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).select("#subscribe-error").text()).isEqualTo("올바른 이메일 주소를 적어 주세요.");
        assertThat(as(admin, () -> subscriptions.list())).isEmpty();
    }

    private HttpResponse<String> subscribe(String email) {
        return send(HttpRequest.newBuilder(uri("/mail/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + java.net.URLEncoder.encode(email,
                        java.nio.charset.StandardCharsets.UTF_8) + "&token=" + token())));
    }

    private String token() {
        Document form = Jsoup.parse(get("/mail/subscribe").body());
        return form.select("#subscribe-form input[name=token]").val();
    }
}
