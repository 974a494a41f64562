package dev.geul.search.words;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.geul.account.BlogUser;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import dev.geul.transfer.wxr.WxrImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The vocabulary follows what readers may find, and only that. */
@SpringBootTest
class BlogVocabularyIT {

    @Autowired
    BlogVocabulary vocabulary;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    TestClock clock;
    @Autowired
    WxrImporter importer;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        alice = fixtures.author("alice");
        vocabulary.rebuild();
    }

    private List<String> offered(String typed) {
        return vocabulary.current().suggest(typed, 8).stream().map(Suggestion::text).toList();
    }

    @Test
    void a_published_post_brings_its_words_and_the_trash_takes_them_away() {
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("쿠버네티스 입문",
                "<p>쿠버네티스를 회사에서 배웠다</p>")).id()));
        vocabulary.refresh();
        assertThat(offered("쿠버")).contains("쿠버네티스", "쿠버네티스 입문");

        as(alice, () -> posts.trash(post.id()));
        vocabulary.refresh();
        assertThat(offered("쿠버")).isEmpty();
    }

    @Test
    void a_drafts_words_are_never_offered_nor_taken_as_known() {
        as(alice, () -> posts.create(PostDraft.of("비밀계획 초안", "<p>비밀계획을 아직 아무도 모른다</p>")));
        vocabulary.refresh();

        assertThat(offered("비밀")).isEmpty();
        assertThat(vocabulary.current().knows("비밀계획")).isFalse();
    }

    @Test
    void a_scheduled_post_brings_its_words_when_its_time_comes() {
        as(alice, () -> posts.schedule(posts.create(PostDraft.of("다음 주 여행", "<p>제주도 여행 계획</p>")).id(),
                clock.instant().plus(Duration.ofHours(1))));
        vocabulary.refresh();
        assertThat(offered("제주")).isEmpty();

        clock.advance(Duration.ofHours(2));
        vocabulary.refresh();
        assertThat(offered("제주")).contains("제주도");
    }

    @Test
    void an_import_brings_its_words_the_moment_it_answers_without_waiting_for_the_next_look() {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://moved.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>이사 온 블로그</title><dc:creator>alice</dc:creator>
                <content:encoded><![CDATA[<p>오토바이 여행을 다녀왔다</p>]]></content:encoded><wp:post_id>1</wp:post_id>
                <wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type></item></channel></rss>""";
        assertThat(vocabulary.current().knows("오토바이")).isFalse();

        as(fixtures.admin(), () -> importer.importWxr(new ByteArrayInputStream(wxr.getBytes(StandardCharsets.UTF_8))));

        // no refresh called, and the periodic look is a day away in tests: the import itself made it known
        assertThat(vocabulary.current().knows("오토바이")).isTrue();
        assertThat(vocabulary.current().correction("오토바아")).contains("오토바이");
    }

    @Test
    void a_post_published_on_this_node_brings_its_words_without_waiting_for_the_next_look() {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("자전거 출근", "<p>자전거로 출근했다</p>")).id()));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(offered("자전")).contains("자전거"));
    }
}
