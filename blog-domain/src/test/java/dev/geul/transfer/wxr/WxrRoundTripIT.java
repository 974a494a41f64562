package dev.geul.transfer.wxr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.geul.account.BlogUser;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.PostLists;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.SharedData;
import dev.geul.testing.TestClock;
import dev.geul.transfer.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A blog exported and imported into an empty geul is the same blog. */
@SpringBootTest
class WxrRoundTripIT {

    @Autowired
    WxrImporter importer;
    @Autowired
    WxrExporter exporter;
    @Autowired
    PostEditor posts;
    @Autowired
    PostLists lists;
    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CategoryService categories;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    BlogUser admin;
    BlogUser alice;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        clock.reset();
        admin = fixtures.admin();
        alice = fixtures.author("alice");
    }

    @Test
    void a_blog_exported_and_imported_into_an_empty_geul_is_the_same_blog() {
        importThemeUnitTest();
        writeKoreanBlog();
        Snapshot before = snapshot();

        byte[] export = export();
        fixtures.resetDatabase();
        admin = fixtures.admin();
        ImportReport report = as(admin, () -> importer.importWxr(new ByteArrayInputStream(export)));
        Snapshot after = snapshot();

        assertThat(report.skipped()).isEmpty();
        assertThat(report.mentions()).as("the pingbacks and trackbacks, kept as mentions").isEqualTo(4);
        assertThat(after.accounts()).isEqualTo(before.accounts());
        assertThat(after.categories()).isEqualTo(before.categories());
        assertThat(after.tags()).isEqualTo(before.tags());
        assertThat(after.posts()).hasSameSizeAs(before.posts());
        for (int i = 0; i < before.posts().size(); i++) {
            assertThat(after.posts().get(i)).as("post %s", before.posts().get(i).get("slug"))
                    .isEqualTo(before.posts().get(i));
        }
        assertThat(after.comments()).isEqualTo(before.comments());
        assertThat(after.importKeys()).containsAllEntriesOf(before.importKeys());
        // and what readers see is the same
        assertThat(asGuest(() -> lists.listPublished(PageRequest.of(0, 100))).map(PostSummary::slug).getContent())
                .isEqualTo(before.listed());
    }

    @Test
    void importing_the_same_export_twice_adds_nothing_the_second_time() {
        writeKoreanBlog();
        byte[] export = export();
        fixtures.resetDatabase();
        admin = fixtures.admin();
        ImportReport first = as(admin, () -> importer.importWxr(new ByteArrayInputStream(export)));
        long posts = jdbc.queryForObject("select count(*) from post", Long.class);
        long comments = jdbc.queryForObject("select count(*) from comment", Long.class);

        ImportReport second = as(admin, () -> importer.importWxr(new ByteArrayInputStream(export)));

        assertThat(first.posts() + first.pages()).isEqualTo(6);
        assertThat(first.comments()).isEqualTo(4);
        assertThat(second.posts() + second.pages() + second.comments() + second.categories() + second.tags()).isZero();
        assertThat(second.alreadyImported()).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(posts);
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isEqualTo(comments);
    }

    @Test
    void the_export_is_a_wordpress_export_with_korean_text_intact() {
        writeKoreanBlog();

        String xml = new String(export(), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("xmlns:wp=\"http://wordpress.org/export/1.2/\"")
                .contains("<wp:wxr_version>1.2</wp:wxr_version>")
                .contains("<title>나의 2023년 회고</title>")
                .contains("<wp:post_name>" + dev.geul.base.Permalinks.encode("나의-2023년-회고") + "</wp:post_name>")
                .contains("<wp:status>trash</wp:status>");
        assertThat(as(admin, () -> exporter.fileName())).isEqualTo("geul.wordpress.2026-03-01.xml");
    }

    @Test
    void only_admins_export() {
        assertThatThrownBy(() -> as(alice, () -> exporter.exportWxr(new ByteArrayOutputStream())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private void importThemeUnitTest() {
        as(admin, () -> {
            try (InputStream wxr = Files.newInputStream(SharedData.file(SharedData.THEME_UNIT_TEST_WXR))) {
                return importer.importWxr(wxr);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(admin, () -> exporter.exportWxr(out));
        return out.toByteArray();
    }

    /** What only geul has: unlisted and private posts, the trash, secret and edited comments, ordered categories. */
    private void writeKoreanBlog() {
        CategoryNode life = as(admin, () -> categories.create(
                new CategoryDraft("일상 & 생각", null, "하루하루 <쓰는> 이야기", null, 3)));
        CategoryNode work = as(admin, () -> categories.create(
                new CategoryDraft("회사", "work", null, life.id(), 1)));
        PostDetail retrospective = as(alice, () -> posts.publish(posts.create(
                PostDraft.of("나의 2023년 회고", "<p>회사에서 배운 것 &amp; <a href=\"https://example.kr\">링크</a></p>"
                                + "<pre><code class=\"language-java\">if (a &lt; b) {}</code></pre>")
                        .withCategory(work.id()).withTags(List.of("회고", "일기")).withExcerpt("한 해를 돌아보며")).id()));
        as(alice, () -> posts.publish(posts.create(PostDraft.of("링크로만 보는 글", "<p>목록에는 없다</p>")
                .withVisibility(Visibility.UNLISTED, null).withCategory(life.id())).id()));
        as(alice, () -> posts.create(PostDraft.of("비공개 초안", "<p>나만</p>").withVisibility(Visibility.PRIVATE, null)));
        PostDetail trashed = as(alice, () -> posts.publish(posts.create(PostDraft.of("지운 글", "<p>휴지통</p>")).id()));
        as(alice, () -> posts.trash(trashed.id()));
        PostDetail about = as(admin, () -> posts.publish(posts.create(PostDraft.of("소개", "<p>안녕하세요</p>")
                .asPage(null)).id()));
        as(admin, () -> posts.publish(posts.create(PostDraft.of("연락처", "<p>메일</p>").asPage(about.id())).id()));

        clock.advance(Duration.ofMinutes(5));
        CommentView guest = asGuest(() -> comments.add(retrospective.id(),
                NewComment.guest("손님", "pw1234", "비밀 댓글입니다.\n\n\n둘째 줄 <script>alert(1)</script> &amp;")
                        .asSecret(), null, "203.0.113.9"));
        clock.advance(Duration.ofMinutes(1));
        as(alice, () -> comments.add(retrospective.id(), NewComment.signedIn("답글 고마워요").replyTo(guest.id()), null,
                "198.51.100.2"));
        clock.advance(Duration.ofMinutes(1));
        asGuest(() -> comments.edit(guest.id(), "pw1234", "고친 비밀 댓글.\n\n\n둘째 줄 <script>alert(1)</script> &amp;"));
        clock.advance(Duration.ofMinutes(1));
        CommentView spam = asGuest(() -> comments.add(retrospective.id(),
                NewComment.guest("광고", "pw1234", "싸다 http://spam.example"), null, "192.0.2.1"));
        as(admin, () -> moderation.moderate(spam.id(), CommentStatus.SPAM));
        CommentView waiting = asGuest(() -> comments.add(retrospective.id(),
                NewComment.guest("기다림", "pw1234", "승인 대기"), null, "192.0.2.2"));
        as(admin, () -> moderation.moderate(waiting.id(), CommentStatus.PENDING));
    }

    record Snapshot(List<Map<String, Object>> accounts, List<Map<String, Object>> categories,
                    List<Map<String, Object>> tags, List<Map<String, Object>> posts,
                    List<Map<String, Object>> comments, Map<String, String> importKeys, List<String> listed) {
    }

    private Snapshot snapshot() {
        var accounts = jdbc.queryForList("select username, display_name, role from account order by username");
        var categories = jdbc.queryForList("""
                select c.name, c.slug, c.description, c.sort_order, parent.slug as parent
                from category c left join category parent on parent.id = c.parent_id order by c.slug""");
        var tags = jdbc.queryForList("select name, slug from tag order by slug");
        var postRows = jdbc.queryForList("""
                select p.kind, p.title, p.slug, p.content_html, p.excerpt, p.status, p.visibility, p.access_password,
                       p.published_at, p.created_at, p.updated_at, p.trashed_at, a.username as author,
                       c.slug as category, p.sticky, p.comments_open, parent.slug as parent,
                       (select string_agg(l.path, ',' order by l.path) from post_legacy_path l
                        where l.post_id = p.id) as legacy_paths,
                       (select string_agg(oc.slug, ',' order by oc.slug) from post_category pc
                        join category oc on oc.id = pc.category_id where pc.post_id = p.id) as more_categories,
                       (select string_agg(t.slug, ',' order by t.slug) from post_tag pt join tag t on t.id = pt.tag_id
                        where pt.post_id = p.id) as tags
                from post p join account a on a.id = p.author_id left join category c on c.id = p.category_id
                     left join post parent on parent.id = p.parent_id
                order by p.slug""");
        var commentRows = jdbc.queryForList("""
                select p.slug as post, c.author_name, c.body, c.status, c.secret, c.created_at, c.updated_at,
                       c.client_address, c.guest_password_hash, c.author_email, c.author_url, a.username as account,
                       parent.author_name as parent_author, parent.created_at as parent_created_at
                from comment c join post p on p.id = c.post_id left join account a on a.id = c.account_id
                     left join comment parent on parent.id = c.parent_id
                order by p.slug, c.created_at, c.author_name, c.body""");
        Map<String, String> importKeys = new java.util.HashMap<>();
        jdbc.query("select slug, import_key from post where import_key is not null",
                (java.sql.ResultSet row) -> {
                    importKeys.put(row.getString(1), row.getString(2));
                });
        List<String> listed = asGuest(() -> lists.listPublished(PageRequest.of(0, 100))).map(PostSummary::slug)
                .getContent();
        return new Snapshot(accounts, categories, tags, postRows, commentRows, importKeys, listed);
    }
}
