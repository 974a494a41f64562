package dev.geul.search;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.geul.account.BlogUser;
import dev.geul.comment.CommentService;
import dev.geul.comment.NewComment;
import dev.geul.post.Post;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostRepository;
import dev.geul.post.PostEditor;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.BlogFixtures;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SearchIndexAdminIT {

    @Autowired
    SearchIndexAdmin indexAdmin;
    @Autowired
    SearchService search;
    @Autowired
    PostEditor posts;
    @Autowired
    CommentService comments;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    PostRepository postRepository;

    BlogUser alice;
    BlogUser admin;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        alice = fixtures.author("alice");
        admin = fixtures.admin();
    }

    private long hits(String text) {
        return asGuest(() -> search.search(SearchQuery.of(text))).total();
    }

    @Test
    void an_admin_rebuilds_a_lost_index_from_the_database_and_sees_the_progress() {
        for (int i = 1; i <= 120; i++) {
            int n = i;
            as(alice, () -> posts.publish(posts.create(PostDraft.of("기록 " + n, "<p>하루 " + n + "</p>")).id()));
        }
        PostDetail commented = as(alice, () -> posts.create(PostDraft.of("댓글 달린 초안", "<p>x</p>")));
        as(alice, () -> comments.add(commented.id(), NewComment.signedIn("팥빙수가 먹고 싶다"), null, null));
        var workspace = Search.mapping(entityManagerFactory).scope(Post.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(hits("기록")).isZero();

        List<ReindexProgress> reports = new CopyOnWriteArrayList<>();
        ReindexProgress last = as(admin, () -> indexAdmin.reindex(reports::add));

        assertThat(last).isEqualTo(new ReindexProgress(121, 121, true));
        assertThat(reports.getLast()).isEqualTo(last);
        assertThat(reports).extracting(ReindexProgress::done).isSorted();
        assertThat(reports.subList(0, reports.size() - 1)).noneMatch(ReindexProgress::finished);
        assertThat(hits("기록")).isEqualTo(120);
        assertThat(as(admin, () -> search.searchManaged(SearchQuery.of("팥빙수"))).hits())
                .extracting(SearchHit::title).containsExactly("댓글 달린 초안");
        assertThat(as(admin, () -> indexAdmin.indexedPosts())).isEqualTo(121);
    }

    @Test
    void a_blog_starting_with_posts_and_an_empty_index_builds_it_in_the_background() throws InterruptedException {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("오래된 글", "<p>검색 전부터 있던 글</p>")).id()));
        var workspace = Search.mapping(entityManagerFactory).scope(Post.class).workspace();
        workspace.purge();
        workspace.refresh();
        SearchProperties enabled = new SearchProperties(SearchProperties.Backend.LUCENE, "sync", true,
                new SearchProperties.Elasticsearch(List.of("http://localhost:9200"), null, null, null),
                SearchProperties.Coordination.NONE);

        Thread building = new SearchIndexInitializer(indexAdmin, postRepository, enabled).indexIfEmpty();
        assertThat(building).isNotNull();
        // a guard against hanging, not a measurement
        assertThat(building.join(java.time.Duration.ofMinutes(5))).isTrue();

        assertThat(hits("오래된")).isEqualTo(1);
        // once the index has posts, a restart leaves it alone
        assertThat(new SearchIndexInitializer(indexAdmin, postRepository, enabled).indexIfEmpty()).isNull();
    }

    @Test
    void only_admins_may_rebuild_the_index() {
        assertThatThrownBy(() -> as(alice, () -> indexAdmin.reindex(progress -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asGuest(() -> indexAdmin.reindex(progress -> { })))
                .isInstanceOf(AccessDeniedException.class);
    }
}
