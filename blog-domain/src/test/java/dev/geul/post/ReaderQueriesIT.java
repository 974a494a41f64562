package dev.geul.post;

import java.util.List;

import dev.geul.account.BlogUser;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.MentionData;
import dev.geul.comment.MentionKind;
import dev.geul.comment.Mentions;
import dev.geul.comment.NewComment;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;

/** What readers' pages and feeds cost the database: a few queries for a whole list, not one a post. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ReaderQueriesIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    PostLists lists;
    @Autowired
    Mentions mentions;
    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CommentThreads threads;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    dev.geul.category.CategoryService categories;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
    }

    @Test
    void the_feed_of_twenty_posts_with_comments_costs_a_handful_of_queries() {
        BlogUser alice = fixtures.author("alice");
        for (int i = 0; i < 20; i++) {
            String title = "글 " + i;
            PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of(title, "<p>본문</p>")
                    .withTags(List.of("태그" + title.length()))).id()));
            asGuest(() -> comments.add(post.id(), NewComment.guest("손님", "pw1234", "댓글 " + title), null, null));
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<PostDetail> feed = asGuest(() -> lists.latest(null, 20));

        assertThat(feed).hasSize(20).allSatisfy(post -> assertThat(post.commentCount()).isOne());
        assertThat(statistics.getPrepareStatementCount()).as("statements for a feed of 20").isLessThanOrEqualTo(4);
    }

    @Test
    void a_category_page_counts_no_posts_to_list_its_posts_and_an_unknown_one_costs_one_query() {
        BlogUser admin = fixtures.admin();
        var travel = as(admin, () -> categories.create(new dev.geul.category.CategoryDraft("여행", null, null, null, 0)));
        var abroad = as(admin, () -> categories.create(
                new dev.geul.category.CategoryDraft("해외", null, null, travel.id(), 0)));
        as(admin, () -> posts.publish(posts.create(PostDraft.of("오사카", "<p>라멘</p>").withCategory(abroad.id())).id()));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        var listed = asGuest(() -> lists.listByCategory(travel.slug(), org.springframework.data.domain.PageRequest.of(0, 10)));

        assertThat(listed.getContent()).extracting(PostSummary::title).containsExactly("오사카");
        assertThat(statistics.getPrepareStatementCount()).as("statements for a category's first page")
                .isLessThanOrEqualTo(6);
        statistics.clear();
        assertThat(asGuest(() -> categories.findBySlug("없는-분류"))).isEmpty();
        assertThat(statistics.getPrepareStatementCount()).isOne();
    }

    @Test
    void the_mentions_of_a_post_its_page_has_read_cost_one_query() {
        PostDetail post = as(fixtures.author("alice"), () -> posts.publish(posts.create(
                PostDraft.of("언급된 글", "<p>본문</p>")).id()));
        as(fixtures.admin(), () -> mentions.store(List.of(new MentionData(null, post.id(), MentionKind.PINGBACK,
                "어느 블로그", "https://blog.example.org/", "", clock.instant(), null))));
        PostDetail read = asGuest(() -> reader.findReadable(post.slug())).orElseThrow();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        assertThat(asGuest(() -> mentions.of(read))).hasSize(1);
        assertThat(statistics.getPrepareStatementCount()).as("statements for the mentions of a post read")
                .isOne();
    }

    @Test
    void the_comment_thread_of_a_post_its_page_has_read_costs_one_query() {
        BlogUser alice = fixtures.author("alice");
        PostDetail post = as(alice, () -> posts.publish(posts.create(PostDraft.of("댓글 많은 글", "<p>본문</p>")).id()));
        var question = asGuest(() -> comments.add(post.id(), NewComment.guest("손님", "pw1234", "질문 있어요"), null,
                null));
        as(alice, () -> moderation.answer(question.id(), NewComment.signedIn("답했어요"), null));
        asGuest(() -> comments.add(post.id(), NewComment.guest("다른 손님", "pw1234", "잘 읽었어요"), null, null));
        PostDetail read = asGuest(() -> reader.findReadable(post.slug())).orElseThrow();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<CommentNode> thread = asGuest(() -> threads.tree(read, java.util.Set.of()));

        assertThat(CommentNode.flatten(thread)).extracting(CommentNode::bodyHtml)
                .containsExactly("질문 있어요", "답했어요", "잘 읽었어요");
        assertThat(statistics.getPrepareStatementCount()).as("statements for the comments of a post read")
                .isOne();
    }
}
