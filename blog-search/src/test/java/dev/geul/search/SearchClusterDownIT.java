package dev.geul.search;

import dev.geul.account.BlogUser;
import dev.geul.comment.CommentService;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A failing search cluster is not a failing blog: with the cluster unreachable, authors write and readers read and
 * comment; search says it is unavailable; the indexing events wait in the database for the cluster to come back.
 */
@SpringBootTest(properties = {
        "geul.search.backend=elasticsearch",
        // nothing listens here: the cluster is down
        "geul.search.elasticsearch.uris=http://127.0.0.1:9",
        "geul.search.elasticsearch.version=opensearch:3.3",
        "geul.search.coordination=outbox-polling",
        "geul.search.reindex-when-empty=false",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none"})
class SearchClusterDownIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    CommentService comments;
    @Autowired
    SearchService search;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        alice = fixtures.author("alice");
    }

    @Test
    void writing_reading_and_commenting_go_on_and_the_index_work_waits_in_the_database() {
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("검색이 멈춘 날",
                "<p>회사에서 쿠버네티스를 배웠다</p>")).id()));
        as(alice, () -> posts.update(post.id(), post.version(), PostDraft.of("검색이 멈춘 날", "<p>고쳐 쓴 글</p>")));

        assertThat(asGuest(() -> reader.findReadable(post.slug(), null))).hasValueSatisfying(read ->
                assertThat(read.contentHtml()).contains("고쳐 쓴 글"));
        asGuest(() -> comments.add(post.id(), NewComment.guest("독자", "pw1234", "잘 읽었습니다"), null, "10.0.0.1"));
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isOne();
        assertThatThrownBy(() -> asGuest(() -> search.search(SearchQuery.of("쿠버네티스"))))
                .isInstanceOf(SearchUnavailableException.class).hasMessageContaining("unavailable");
        assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
                .as("indexing events kept for when the cluster is back").isPositive();
    }
}
