package dev.geul.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.geul.account.BlogUser;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.NewComment;
import dev.geul.post.Post;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostLists;
import dev.geul.post.PostReader;
import dev.geul.post.PostSummary;
import dev.geul.testing.ActiveContent;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import dev.geul.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every payload of the OWASP cheat sheet and a public payload list goes in through each field a stranger or an
 * author can fill; what readers are served back holds no active content.
 */
@SpringBootTest
class XssVectorsIT {

    @Autowired
    PostEditor posts;
    @Autowired
    PostReader reader;
    @Autowired
    PostLists lists;
    @Autowired
    CommentService comments;
    @Autowired
    CommentThreads threads;
    @Autowired
    CategoryService categories;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;

    BlogUser author;
    BlogUser admin;
    List<String> vectors;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        author = fixtures.author("alice");
        admin = fixtures.admin();
        vectors = SharedData.xssVectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(598 + 13);
    }

    @Test
    void no_vector_survives_as_post_title_content_excerpt_or_slug() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String vector : vectors) {
            n++;
            PostDraft draft = PostDraft.of(cut("제목 " + n + " " + vector, Post.TITLE_MAX_LENGTH),
                            "<p>본문 " + n + "</p>" + vector)
                    .withExcerpt(cut(vector, Post.EXCERPT_MAX_LENGTH))
                    .withSlug(cut("slug-" + n + "-" + vector, Post.SLUG_MAX_LENGTH));
            PostDetail created = as(author, () -> posts.publish(posts.create(draft).id()));
            PostDetail read = asGuest(() -> reader.findReadable(created.slug(), null)).orElseThrow();
            check(failures, vector, "content", read.contentHtml());
            check(failures, vector, "excerpt", read.excerpt());
            check(failures, vector, "title", read.title());
            assertThat(read.slug()).matches("[\\p{L}\\p{N}\\p{Mn}-]+");
        }
        for (PostSummary listed : asGuest(() -> lists.listPublished(PageRequest.of(0, 1000))).getContent()) {
            check(failures, listed.title(), "listed excerpt", listed.excerpt());
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void no_vector_survives_as_a_comment_or_a_guest_name() {
        PostDetail post = as(author, () -> posts.publish(posts.create(PostDraft.of("글", "<p>x</p>")).id()));
        List<String> failures = new ArrayList<>();
        int n = 0;
        int accepted = 0;
        List<String> refused = new ArrayList<>();
        for (String vector : vectors) {
            n++;
            // the number first: a vector cut at 40 characters is often an unclosed tag that would swallow it
            String name = n + " " + (vector.length() > 40 ? vector.substring(0, 40) : vector);
            try {
                asGuest(() -> comments.add(post.id(), NewComment.guest(name, "pw1234", vector + " " + name), null, null));
                accepted++;
            } catch (dev.geul.base.InvalidInputException refusal) {
                refused.add(refusal.key() + ": " + vector);
            }
        }
        List<CommentNode> served = CommentNode.flatten(asGuest(() -> threads.tree(post, Set.of())));
        for (CommentNode comment : served) {
            check(failures, comment.authorName(), "comment body", comment.bodyHtml());
            check(failures, comment.authorName(), "guest name", comment.authorName());
        }
        assertThat(failures).isEmpty();
        // every vector was taken (each name keeps its number, each body its name) and every one taken is served and
        // was checked above: none was waved through by being refused
        assertThat(refused).as("refused vectors").isEmpty();
        assertThat(served).hasSize(accepted).hasSize(vectors.size());
        // a name made only of markup is refused with its reason, nothing stored
        assertThatThrownBy(() -> asGuest(() -> comments.add(post.id(),
                NewComment.guest("<script>alert(1)</script>", "pw1234", "본문"), null, null)))
                .isInstanceOfSatisfying(dev.geul.base.InvalidInputException.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("error.comment.name"));
        assertThat(CommentNode.flatten(asGuest(() -> threads.tree(post, Set.of())))).hasSize(vectors.size());
    }

    @Test
    void no_vector_survives_as_a_category_name() {
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (String vector : vectors) {
            try {
                as(admin, () -> categories.create(new CategoryDraft("분류 " + vector, null, vector, null, 0)));
                accepted++;
            } catch (dev.geul.base.InvalidInputException refused) {
                // too long, or a name another category already has once cleaned: refused, nothing stored
            }
        }
        List<CategoryNode> served = CategoryNode.flatten(as(admin, () -> categories.tree()));
        // what was taken is all there, and most vectors were taken and so really checked below
        assertThat(served).hasSize(accepted);
        assertThat(accepted).isGreaterThan(vectors.size() / 2);
        for (CategoryNode category : CategoryNode.flatten(asGuest(() -> categories.tree()))) {
            check(failures, category.name(), "category name", category.name());
            check(failures, category.name(), "category description", category.description() == null ? ""
                    : category.description());
            assertThat(category.slug()).matches("[\\p{L}\\p{N}\\p{Mn}-]+");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void safe_rich_content_survives_untouched() {
        String rich = "<h2>회고</h2><p>올해는 <strong>쿠버네티스</strong>를 <em>배웠다</em>. <u>밑줄</u> <s>취소</s></p>"
                + "<ul><li>하나</li><li>둘</li></ul><ol><li>첫째</li></ol>"
                + "<blockquote><p>인용</p></blockquote><pre><code class=\"language-java\">var a = 1;</code></pre>"
                + "<p><a href=\"https://example.com/a\" rel=\"nofollow noopener\">링크</a> <code>inline</code></p>"
                + "<p><img src=\"https://example.com/a.png\" alt=\"그림\"><img src=\"/media/abc.png\" alt=\"올린 그림\"></p>"
                + "<table><thead><tr><th>열</th></tr></thead><tbody><tr><td>값</td></tr></tbody></table><hr>";
        PostDetail created = as(author, () -> posts.publish(posts.create(PostDraft.of("풍부한 글", rich)).id()));

        assertThat(asGuest(() -> reader.findReadable(created.slug(), null)).orElseThrow().contentHtml()).isEqualTo(rich);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static void check(List<String> failures, String vector, String field, String served) {
        List<String> active = ActiveContent.in(served);
        if (!active.isEmpty()) {
            failures.add(field + ": " + active + " from " + vector + " served as " + served);
        }
    }
}
