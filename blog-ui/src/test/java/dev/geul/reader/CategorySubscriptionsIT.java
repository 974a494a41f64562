package dev.geul.reader;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryService;
import dev.geul.mail.SubscriberCsv;
import dev.geul.post.PostDraft;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader subscribes to one category from its page; a new post reaches those subscribed to the blog or to any of
 * its categories, each address once.
 */
class CategorySubscriptionsIT extends MailingBlog {

    private static final Pattern CONFIRM = Pattern.compile("https://blog\\.example\\.kr(/mail/confirm/[0-9a-f]+)");

    @Autowired
    CategoryService categories;
    @Autowired
    SubscriberCsv csv;

    @Test
    void a_category_page_offers_its_own_form_and_its_posts_alone_reach_its_subscribers() throws Exception {
        long travel = as(admin, () -> categories.create(new CategoryDraft("여행", "travel", null, null, 0)).id());
        long food = as(admin, () -> categories.create(new CategoryDraft("음식", "food", null, null, 0)).id());

        Document page = Jsoup.parse(get("/category/travel").body());
        assertThat(page.select("#category-subscribe").attr("action")).isEqualTo("/mail/subscribe");
        assertThat(page.select("#category-subscribe input[name=category]").val()).isEqualTo("travel");
        Document form = Jsoup.parse(get("/mail/subscribe?category=travel&email=traveller%40example.kr").body());
        assertThat(form.select("h1").text()).isEqualTo("여행 구독하기");
        assertThat(form.select("#subscribe-email").val()).isEqualTo("traveller@example.kr");
        HttpResponse<String> subscribed = send(HttpRequest.newBuilder(uri("/mail/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=traveller%40example.kr&category="
                        + form.select("#subscribe-form input[name=category]").val() + "&token="
                        + URLEncoder.encode(form.select("#subscribe-form input[name=token]").val(),
                        StandardCharsets.UTF_8))));
        assertThat(subscribed.statusCode()).isEqualTo(200);
        sender.sendDue();
        MimeMessage confirmation = receivedBy("traveller@example.kr").getFirst();
        assertThat(textOf(confirmation)).contains("‘여행’ 카테고리 새 글");
        Matcher link = CONFIRM.matcher(textOf(confirmation));
        assertThat(link.find()).isTrue();
        send(HttpRequest.newBuilder(uri(link.group(1))).POST(HttpRequest.BodyPublishers.noBody()));
        // the whole blog; the blog and travel both; food alone
        as(admin, () -> csv.importCsv(new StringReader("""
                email,category
                all@example.kr,
                both@example.kr,
                both@example.kr,travel
                cook@example.kr,food
                """), true));

        as(alice, () -> posts.publish(posts.create(PostDraft.of("제주 여행기", "<p>바다</p>").withCategory(travel)).id()));
        sender.sendDue();
        as(alice, () -> posts.publish(posts.create(PostDraft.of("김치찌개", "<p>냄비</p>").withCategory(food)).id()));
        sender.sendDue();

        assertThat(subjects("traveller@example.kr")).containsExactly("[글 블로그] 구독을 확인해 주세요",
                "[글 블로그] 제주 여행기");
        assertThat(subjects("all@example.kr")).containsExactly("[글 블로그] 제주 여행기", "[글 블로그] 김치찌개");
        assertThat(subjects("both@example.kr")).as("once per post").containsExactly("[글 블로그] 제주 여행기",
                "[글 블로그] 김치찌개");
        assertThat(subjects("cook@example.kr")).containsExactly("[글 블로그] 김치찌개");
        MimeMessage travellers = receivedBy("traveller@example.kr").get(1);
        assertThat(textOf(travellers)).contains("‘여행’ 카테고리를 구독하셔서")
                .contains(MailLinks.UNSUBSCRIBE + token("traveller@example.kr", "travel"));
        assertThat(travellers.getHeader("List-Unsubscribe")).containsExactly("<https://blog.example.kr"
                + MailLinks.UNSUBSCRIBE + token("traveller@example.kr", "travel") + ">");
        MimeMessage boths = receivedBy("both@example.kr").getFirst();
        assertThat(textOf(boths)).as("the whole blog's subscription, its own link")
                .contains("글 블로그을(를) 구독하셔서").doesNotContain("카테고리를 구독하셔서")
                .contains(MailLinks.UNSUBSCRIBE + token("both@example.kr", null))
                .doesNotContain(token("both@example.kr", "travel"));
        assertThat(boths.getHeader("List-Unsubscribe")).containsExactly("<https://blog.example.kr"
                + MailLinks.UNSUBSCRIBE + token("both@example.kr", null) + ">");
    }

    private String token(String address, String categorySlug) {
        return jdbc.queryForObject("""
                select s.token from subscriber s left join category c on c.id = s.category_id
                where s.email = ? and c.slug is not distinct from ?""", String.class, address, categorySlug);
    }

    private List<String> subjects(String address) {
        return receivedBy(address).stream().map(message -> {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
