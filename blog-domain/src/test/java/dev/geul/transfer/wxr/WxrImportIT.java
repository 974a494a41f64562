package dev.geul.transfer.wxr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dev.geul.account.AccountService;
import dev.geul.account.AccountView;
import dev.geul.account.BlogUser;
import dev.geul.account.Role;
import dev.geul.category.CategoryNode;
import dev.geul.comment.Comment;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.MentionKind;
import dev.geul.comment.Mentions;
import dev.geul.post.Post;
import dev.geul.post.PostDetail;
import dev.geul.post.PostFilter;
import dev.geul.post.PostKind;
import dev.geul.post.PostEditor;
import dev.geul.post.PostStatus;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.site.SiteStatus;
import dev.geul.site.SiteStatusService;
import dev.geul.testing.SharedData;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ImportLabels;
import dev.geul.transfer.ImportProgress;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportRun;
import dev.geul.transfer.ImportingBlog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WxrImportIT extends ImportingBlog {

    @Autowired
    WxrImporter importer;
    @Autowired
    PostEditor posts;
    @Autowired
    CommentThreads threads;
    @Autowired
    Mentions mentions;
    @Autowired
    AccountService accounts;
    @Autowired
    SiteStatusService site;

    private ImportReport importThemeUnitTest() {
        return as(admin, () -> {
            try (InputStream wxr = Files.newInputStream(SharedData.file(SharedData.THEME_UNIT_TEST_WXR))) {
                return importer.importWxr(wxr);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ImportReport importText(String wxr) {
        return as(admin, () -> importer.importWxr(new ByteArrayInputStream(wxr.getBytes(StandardCharsets.UTF_8))));
    }

    private List<PostSummary> all(PostFilter filter) {
        return as(admin, () -> posts.manage(filter, PageRequest.of(0, 500)).getContent());
    }

    @Test
    void the_theme_unit_test_comes_in_with_its_posts_pages_comments_categories_and_tags() {
        ImportReport report = importThemeUnitTest();

        assertThat(report.posts()).isEqualTo(58);
        assertThat(report.pages()).isEqualTo(21);
        assertThat(report.comments()).isEqualTo(29);
        assertThat(report.categories()).isEqualTo(68);
        // 110 tags are declared at the top of the file; posts use three more (columns, sample, test-tag), and a
        // fourth slug, "content", names the declared tag "content περιεχόμενο" (content-2), which geul keeps as one
        assertThat(report.tags()).isEqualTo(113);
        assertThat(report.authors()).isEqualTo(2);
        assertThat(report.attachments()).isEqualTo(37);
        assertThat(report.attachmentUrls()).hasSize(37)
                .contains("https://wpthemetestdata.files.wordpress.com/2008/06/canola2.jpg");
        // pingbacks and trackbacks are kept, as WordPress keeps them, as mentions of their posts
        assertThat(report.mentions()).isEqualTo(4);
        assertThat(report.skipped()).filteredOn(s -> s.what().contains("pingback") || s.what().contains("trackback"))
                .isEmpty();
        assertThat(report.skipped()).extracting(ImportReport.Skipped::what).contains("70 × navigation menu item");

        SiteStatus status = as(admin, () -> site.status());
        assertThat(status.posts()).isEqualTo(58);
        assertThat(status.pages()).isEqualTo(21);
        assertThat(status.comments()).isEqualTo(29);
        assertThat(status.pendingComments()).isEqualTo(3);
        assertThat(status.categories()).isEqualTo(68);
        assertThat(status.tags()).isEqualTo(113);
        assertThat(jdbc.queryForObject("select count(*) from tag where slug in ('columns', 'sample', 'test-tag')",
                Long.class)).isEqualTo(3);
        assertThat(asGuest(() -> lists.listByTag("content-2", PageRequest.of(0, 50))).getTotalElements())
                .isEqualTo(22);
    }

    @Test
    void readers_see_the_56_published_posts_with_the_sticky_one_first_and_the_protected_one_listed_without_text() {
        importThemeUnitTest();

        var listed = asGuest(() -> lists.listPublished(PageRequest.of(0, 100)));

        assertThat(listed.getTotalElements()).isEqualTo(56);
        assertThat(listed.getContent().getFirst().title()).isEqualTo("Template: Sticky");
        PostSummary protectedPost = listed.getContent().stream()
                .filter(post -> post.slug().equals("template-password-protected")).findFirst().orElseThrow();
        assertThat(protectedPost.visibility()).isEqualTo(Visibility.PASSWORD);
        assertThat(protectedPost.excerpt()).isEmpty();
        assertThat(listed.getContent()).extracting(PostSummary::title).doesNotContain("Scheduled", "Draft");
        assertThat(asGuest(() -> lists.listPages())).hasSize(21);
    }

    @Test
    void the_protected_post_shows_its_text_only_with_its_password() {
        importThemeUnitTest();

        PostDetail locked = read("template-password-protected");
        PostDetail unlocked = read("template-password-protected", "enter");

        assertThat(locked.locked()).isTrue();
        assertThat(locked.contentHtml()).isEmpty();
        assertThat(unlocked.locked()).isFalse();
        assertThat(unlocked.contentHtml()).contains("This content, comments, pingbacks, and trackbacks should not be visible");
    }

    @Test
    void the_future_post_is_scheduled_for_2030_and_the_draft_stays_a_draft() {
        importThemeUnitTest();

        List<PostSummary> scheduled = all(new PostFilter(PostStatus.SCHEDULED, null, null, false, null));
        List<PostSummary> drafts = all(new PostFilter(PostStatus.DRAFT, null, null, false, null));

        assertThat(scheduled).singleElement().satisfies(post -> {
            assertThat(post.title()).isEqualTo("Scheduled");
            assertThat(post.publishedAt()).isEqualTo(Instant.parse("2030-01-01T19:00:18Z"));
        });
        assertThat(drafts).singleElement().satisfies(post -> {
            assertThat(post.title()).isEqualTo("Draft");
            assertThat(post.kind()).isEqualTo(PostKind.POST);
        });
        assertThat(asGuest(() -> reader.findReadable("scheduled", null))).isEmpty();
    }

    @Test
    void the_ten_deep_comment_thread_keeps_its_shape_and_pending_comments_wait() {
        importThemeUnitTest();
        PostDetail post = read("template-comments");

        List<CommentNode> thread = asGuest(() -> threads.tree(post, java.util.Set.of()));
        List<CommentNode> moderated = as(admin, () -> threads.tree(post, java.util.Set.of()));

        assertThat(thread.stream().mapToInt(WxrImportIT::depth).max()).hasValue(10);
        assertThat(CommentNode.flatten(thread)).hasSize(19);
        assertThat(CommentNode.flatten(moderated)).hasSize(20)
                .filteredOn(comment -> comment.status() == dev.geul.comment.CommentStatus.PENDING).hasSize(1);
        CommentNode deepest = thread.stream().filter(root -> depth(root) == 10).findFirst().orElseThrow();
        assertThat(deepest.createdAt()).isEqualTo(Instant.parse("2013-03-14T14:57:01Z"));
    }

    private static int depth(CommentNode node) {
        return 1 + node.replies().stream().mapToInt(WxrImportIT::depth).max().orElse(0);
    }

    @Test
    void titles_become_plain_text_and_an_empty_title_gets_a_placeholder() {
        importThemeUnitTest();

        assertThat(read("markup-title-with-markup").title()).isEqualTo("Markup: Title With Markup");
        assertThat(read("edge-case-no-title").title()).isEqualTo(ImportLabels.UNTITLED);
        assertThat(read("title-with-special-characters").title())
                .isEqualTo("Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>");
    }

    @Test
    void pages_and_categories_keep_their_nesting_and_percent_encoded_slugs_are_decoded() {
        importThemeUnitTest();

        PostDetail level3 = read("level-3");
        PostDetail level2 = read("level-2");
        PostDetail greek = read("επίπεδο-3");
        List<CategoryNode> tree = CategoryNode.flatten(categories.tree());
        CategoryNode grandchild = tree.stream().filter(c -> c.slug().equals("grandchild-category")).findFirst().orElseThrow();
        CategoryNode child = tree.stream().filter(c -> c.id() == grandchild.parentId()).findFirst().orElseThrow();

        assertThat(level3.parentId()).isEqualTo(level2.id());
        assertThat(level2.parentId()).isEqualTo(read("level-1").id());
        assertThat(greek.title()).isEqualTo("Επίπεδο 3");
        assertThat(greek.parentId()).isEqualTo(read("επίπεδο-2").id());
        assertThat(child.slug()).isEqualTo("child-category-03");
        assertThat(child.parentId()).isEqualTo(tree.stream().filter(c -> c.slug().equals("parent-category"))
                .findFirst().orElseThrow().id());
        assertThat(grandchild.description()).startsWith("This is a description for the Grandchild Category");
    }

    @Test
    void the_writers_become_authors_with_a_password_nobody_knows() {
        importThemeUnitTest();

        List<AccountView> all = as(admin, () -> accounts.list());

        assertThat(all).filteredOn(account -> account.role() == Role.AUTHOR).extracting(AccountView::username)
                .containsExactlyInAnyOrder("themedemos", "themereviewteam");
        assertThat(all).filteredOn(account -> account.username().equals("themedemos")).singleElement()
                .extracting(AccountView::displayName).isEqualTo("Theme Buster");
        assertThat(read("template-sticky").authorName()).isEqualTo("Theme Buster");
    }

    @Test
    void the_old_address_of_each_post_is_kept_for_redirects() {
        importThemeUnitTest();

        assertThat(jdbc.queryForObject("select path from post_legacy_path join post on post.id = post_id where slug = 'markup-image-alignment'",
                String.class)).isEqualTo("/2013/01/10/markup-image-alignment/");
        assertThat(jdbc.queryForObject("select path from post_legacy_path join post on post.id = post_id where slug = 'επίπεδο-3'", String.class))
                .isEqualTo("/greek/επίπεδο-2/επίπεδο-3/");
        assertThat(asGuest(() -> reader.findByLegacyPath("/2013/01/10/markup-image-alignment/")))
                .map(PostSummary::slug).hasValue("markup-image-alignment");
    }

    @Test
    void scripts_in_the_archive_never_reach_the_database() {
        importThemeUnitTest();

        assertThat(jdbc.queryForObject("select count(*) from post where content_html ilike '%<script%'"
                + " or content_html ilike '%onerror=%' or content_html ilike '%javascript:%'", Long.class)).isZero();
        assertThat(read("template-more-tag").excerpt()).isNotBlank();
    }

    @Test
    void every_xss_vector_in_an_archive_comes_out_harmless() throws IOException {
        List<String> vectors = Files.readAllLines(SharedData.file("xss-vectors.txt"), StandardCharsets.UTF_8);
        StringBuilder wxr = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                + "<channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>http://xss.example</wp:base_blog_url>\n");
        for (int i = 0; i < vectors.size(); i++) {
            String vector = cdata(vectors.get(i));
            wxr.append("<item><title>").append(vector).append("</title><dc:creator>mallory</dc:creator>")
                    .append("<content:encoded>").append(vector).append("</content:encoded>")
                    .append("<wp:post_id>").append(i + 1).append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt>")
                    .append("<wp:post_name>xss-").append(i + 1).append("</wp:post_name>")
                    .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
                    .append("<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>")
                    .append(vector).append("</wp:comment_author><wp:comment_content>").append(vector)
                    .append("</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>")
                    .append("</item>\n");
        }
        wxr.append("</channel></rss>");

        ImportReport report = importText(wxr.toString());

        assertThat(report.posts()).as("skipped: %s", report.skipped()).isEqualTo(vectors.size());
        for (String html : jdbc.queryForList("select content_html from post", String.class)) {
            org.jsoup.nodes.Document stored = org.jsoup.Jsoup.parseBodyFragment(html);
            assertThat(stored.select("script, iframe, frame, object, embed, style, link, meta, base, form, svg, math"))
                    .as(html).isEmpty();
            for (org.jsoup.nodes.Element element : stored.getAllElements()) {
                for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase();
                    assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style");
                    assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    @Test
    void a_second_import_of_the_same_file_adds_nothing() {
        importThemeUnitTest();
        SiteStatus before = as(admin, () -> site.status());

        ImportReport again = importThemeUnitTest();

        assertThat(again.posts()).isZero();
        assertThat(again.pages()).isZero();
        assertThat(again.comments()).isZero();
        assertThat(again.categories()).isZero();
        assertThat(again.tags()).isZero();
        assertThat(again.authors()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(79);
        assertThat(as(admin, () -> site.status())).isEqualTo(before);
    }

    @Test
    void progress_is_reported_item_by_item_up_to_the_whole_file() throws IOException {
        long size = Files.size(SharedData.file(SharedData.THEME_UNIT_TEST_WXR));
        List<ImportProgress> seen = new ArrayList<>();

        as(admin, () -> {
            try (InputStream wxr = Files.newInputStream(SharedData.file(SharedData.THEME_UNIT_TEST_WXR))) {
                return importer.importWxr(wxr, size, seen::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(seen.getLast().fraction()).isEqualTo(1.0);
        assertThat(seen.getLast().posts()).isEqualTo(58);
        assertThat(seen).extracting(ImportProgress::bytesRead).isSorted();
    }

    @Test
    void only_admins_import() {
        BlogUser author = fixtures.author("alice");

        assertThatThrownBy(() -> as(author, () -> importer.importWxr(InputStream.nullInputStream())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> asGuest(() -> importer.importWxr(InputStream.nullInputStream())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void wordpress_importers_own_broken_files_are_refused_with_nothing_stored() {
        for (String file : List.of("missing-version-tag.xml", "malformed.xml")) {
            assertThatThrownBy(() -> importText(SharedData.read("wordpress-importer/" + file)))
                    .as(file).isInstanceOf(ArchiveFormatException.class).hasMessageContaining("not a WordPress export");
        }
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from category", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from tag", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).as("the admin only").isOne();
    }

    @Test
    void a_post_in_many_categories_keeps_every_one_of_them_and_each_lists_it() {
        importText(SharedData.read("wordpress-importer/small-export.xml"));

        PostDetail post = read("many-categories");
        List<String> categories = new ArrayList<>();
        categories.add(post.category().slug());
        post.moreCategories().forEach(category -> categories.add(category.slug()));
        assertThat(categories).hasSize(27).contains("alpha", "bar", "beta");
        for (String category : categories) {
            assertThat(asGuest(() -> lists.listByCategory(category, PageRequest.of(0, 50))).getContent())
                    .as(category).extracting(PostSummary::slug).contains("many-categories");
        }
    }

    @Test
    void commenters_e_mail_and_homepage_are_kept_for_the_admin_and_never_shown() {
        importThemeUnitTest();

        assertThat(jdbc.queryForList("select author_email from comment where author_email is not null", String.class))
                .contains("anon@example.com", "tellyworth+test2@example.com");
        assertThat(jdbc.queryForList("select author_url from comment where author_url is not null", String.class))
                .allMatch(url -> url.startsWith("http"));
    }

    @Test
    void an_item_that_does_not_say_its_type_is_left_out_as_wordpress_does_and_the_page_with_its_id_comes_in() {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://a11y.example.org</link><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>종류 없는 항목</title><dc:creator>minji</dc:creator>
                  <content:encoded><![CDATA[<p>무엇인지 모르는 것</p>]]></content:encoded><wp:post_id>1133</wp:post_id>
                  <wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status></item>
                <item><title>접근성 안내</title><dc:creator>minji</dc:creator>
                  <content:encoded><![CDATA[<p>진짜 페이지</p>]]></content:encoded><wp:post_id>1133</wp:post_id>
                  <wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt><wp:post_name>a11y</wp:post_name>
                  <wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
                </channel></rss>""";

        ImportReport report = importText(wxr);

        assertThat(report.posts()).isZero();
        assertThat(report.pages()).isEqualTo(1);
        assertThat(all(PostFilter.all())).extracting(PostSummary::title).containsExactly("접근성 안내");
        assertThat(report.skipped()).extracting(ImportReport.Skipped::what).contains("1 × item without a post type");
    }

    @Test
    void a_file_that_is_not_a_wordpress_export_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> importText("<html><body>hello</body></html>"))
                .isInstanceOf(ArchiveFormatException.class).hasMessageContaining("not a WordPress export");
        assertThatThrownBy(() -> importText("<rss><channel><item><title>half"))
                .isInstanceOf(ArchiveFormatException.class);
    }

    @Test
    void an_export_that_names_a_file_of_the_server_as_an_entity_never_brings_that_file_into_a_post() throws IOException {
        Path secret = Files.createTempFile("geul-server-secret", ".txt");
        try {
            Files.writeString(secret, "SERVER-SECRET-4711");
            String valid = archive(2, i -> i + "번째 글의 본문", i -> "", true);
            String withEntity = valid
                    .replace("<rss version=", "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<rss version=")
                    .replace("<title>글 1</title>", "<title>글 &xxe;</title>");
            assertThat(withEntity).contains("<!ENTITY xxe SYSTEM \"file:").contains("&xxe;");

            assertThatThrownBy(() -> importText(withEntity)).isInstanceOf(ArchiveFormatException.class);

            assertThat(jdbc.queryForList("select title || ' ' || content_html from post", String.class))
                    .noneMatch(text -> text.contains("SERVER-SECRET"));
            assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
            // the same export without the entity comes in whole: it was the entity that was refused
            assertThat(importText(valid).posts()).isEqualTo(2);
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    /**
     * An archive of {@code count} posts with ids and slugs 1 to count; {@code text} gives a post's text, {@code extra}
     * adds to its item; an incomplete one breaks off in the middle of one more item.
     */
    private static String archive(int count, IntFunction<String> text, IntFunction<String> extra, boolean complete) {
        return archive(count, i -> "post-" + i, text, extra, complete);
    }

    private static String archive(int count, IntFunction<String> slug, IntFunction<String> text,
                                  IntFunction<String> extra, boolean complete) {
        StringBuilder wxr = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://big.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                """);
        for (int i = 1; i <= count; i++) {
            wxr.append("<item><title>글 ").append(i).append("</title><dc:creator>minji</dc:creator>")
                    .append("<content:encoded><![CDATA[").append(text.apply(i)).append("]]></content:encoded>")
                    .append("<wp:post_id>").append(i).append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt>")
                    .append("<wp:post_name>").append(slug.apply(i)).append("</wp:post_name>")
                    .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>")
                    .append(extra.apply(i)).append("</item>\n");
        }
        return complete ? wxr.append("</channel></rss>").toString() : wxr.append("<item><title>잘린").toString();
    }

    private static String comment(int id, String text) {
        return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author>독자</wp:comment_author>"
                + "<wp:comment_date_gmt>2024-01-02 00:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA["
                + text + "]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>";
    }

    @Test
    void in_an_archive_of_hundreds_of_posts_a_broken_post_and_a_broken_comment_are_left_out_and_everything_else_comes_in() {
        int count = ImportRun.BATCH_POSTS + 50;
        int commented = ImportRun.BATCH_POSTS + 30;
        String tooLong = "가".repeat(Post.CONTENT_MAX_LENGTH + 1);
        String wxr = archive(count, i -> i == 120 ? tooLong : i + "번째 글의 본문", i -> i != commented ? ""
                : comment(1, "좋은 글입니다") + comment(2, "길".repeat(Comment.BODY_MAX_LENGTH + 1)), true);

        ImportReport report = importText(wxr);

        assertThat(report.posts()).isEqualTo(count - 1);
        assertThat(report.comments()).isEqualTo(1);
        assertThat(report.skipped())
                .anySatisfy(skipped -> {
                    assertThat(skipped.what()).contains("글 120");
                    assertThat(skipped.why()).contains("contentHtml");
                })
                .anySatisfy(skipped -> {
                    assertThat(skipped.what()).contains("comment by 독자 on post \"글 " + commented + "\"");
                    assertThat(skipped.why()).contains("longer than");
                });
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(count - 1);
        assertThat(read("post-121").contentHtml()).contains("121번째 글의 본문");
        assertThat(asGuest(() -> reader.findReadable("post-120", null))).isEmpty();
        assertThat(jdbc.queryForList("select body from comment", String.class)).containsExactly("좋은 글입니다");
    }

    @Test
    void posts_of_different_batches_wanting_the_same_slug_both_come_in_under_different_slugs() {
        int count = 2 * ImportRun.BATCH_POSTS;
        int twin = ImportRun.BATCH_POSTS + 1;
        String wxr = archive(count, i -> i == 1 || i == twin ? "같은-주소" : "post-" + i, i -> i + "번째 글의 본문",
                i -> "", true);

        ImportReport report = importText(wxr);

        assertThat(report.posts()).as("skipped: %s", report.skipped()).isEqualTo(count);
        assertThat(read("같은-주소").title()).isIn("글 1", "글 " + twin);
        assertThat(jdbc.queryForList("select title from post where slug like '같은-주소%'", String.class))
                .containsExactlyInAnyOrder("글 1", "글 " + twin);
    }

    @Test
    void when_a_big_file_breaks_off_every_post_read_before_the_break_stays_imported() {
        int count = ImportRun.BATCH_POSTS + 30;

        assertThatThrownBy(() -> importText(archive(count, i -> i + "번째 글의 본문", i -> "", false))).isInstanceOf(ArchiveFormatException.class);

        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(count);
        assertThat(read("post-" + count).title()).isEqualTo("글 " + count);
    }

    @Test
    void importing_a_big_archive_again_adds_nothing_twice() {
        int count = ImportRun.BATCH_POSTS + 10;
        String wxr = archive(count, i -> i + "번째 글의 본문", i -> i % 50 == 0 ? comment(1, "댓글 " + i) : "", true);
        ImportReport first = importText(wxr);

        ImportReport again = importText(wxr);

        assertThat(first.posts()).isEqualTo(count);
        assertThat(first.comments()).isEqualTo(count / 50);
        assertThat(again.posts()).isZero();
        assertThat(again.comments()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isEqualTo(count / 50);
    }

    @Test
    void after_a_big_import_the_database_plans_with_the_posts_it_now_holds() {
        // what PostgreSQL plans the import's lookups and the blog's queries from, even where autovacuum never runs
        int count = 2 * ImportRun.BATCH_POSTS + 10;

        importText(archive(count, i -> "post-" + i, i -> i + "번째 글의 본문", i -> "", true));

        assertThat(jdbc.queryForObject("select reltuples from pg_class where relname = 'post'", Double.class))
                .isEqualTo(count);
    }

    /** WordPress's own exports: http:// namespaces, Korean slugs percent-encoded, classic text without HTML. */
    static final String KOREAN_WXR_1_1 = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/">
            <channel>
              <title>나의 블로그</title>
              <link>http://blog.example.kr</link>
              <wp:wxr_version>1.1</wp:wxr_version>
              <wp:base_blog_url>http://blog.example.kr</wp:base_blog_url>
              <wp:author><wp:author_id>7</wp:author_id><wp:author_login>minji</wp:author_login>
                <wp:author_display_name><![CDATA[김민지]]></wp:author_display_name></wp:author>
              <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>%ec%9d%bc%ec%83%81</wp:category_nicename>
                <wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[일상]]></wp:cat_name></wp:category>
              <wp:tag><wp:term_id>4</wp:term_id><wp:tag_slug>%ed%9a%8c%ea%b3%a0</wp:tag_slug>
                <wp:tag_name><![CDATA[회고]]></wp:tag_name></wp:tag>
              <item>
                <title>2023년 회고</title>
                <link>http://blog.example.kr/2023/12/31/%ed%9a%8c%ea%b3%a0/</link>
                <dc:creator>minji</dc:creator>
                <guid isPermaLink="false">http://blog.example.kr/?p=11</guid>
                <content:encoded><![CDATA[첫 문단입니다.
            둘째 줄.<!--more-->

            셋째 문단: <strong>굵게</strong> <script>alert(1)</script>]]></content:encoded>
                <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>11</wp:post_id>
                <wp:post_date>2023-12-31 23:30:00</wp:post_date>
                <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
                <wp:comment_status>open</wp:comment_status>
                <wp:post_name>%ed%9a%8c%ea%b3%a0</wp:post_name>
                <wp:status>publish</wp:status>
                <wp:post_parent>0</wp:post_parent>
                <wp:post_type>post</wp:post_type>
                <wp:post_password></wp:post_password>
                <wp:is_sticky>0</wp:is_sticky>
                <category domain="category" nicename="%ec%9d%bc%ec%83%81"><![CDATA[일상]]></category>
                <category domain="post_tag" nicename="%ed%9a%8c%ea%b3%a0"><![CDATA[회고]]></category>
                <wp:comment>
                  <wp:comment_id>5</wp:comment_id>
                  <wp:comment_author><![CDATA[지나가던 사람]]></wp:comment_author>
                  <wp:comment_author_IP>10.0.0.1</wp:comment_author_IP>
                  <wp:comment_date>2024-01-01 09:00:00</wp:comment_date>
                  <wp:comment_date_gmt>2024-01-01 00:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[좋은 글이네요 &amp; 감사합니다<br />
            다음 줄]]></wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved>
                  <wp:comment_type></wp:comment_type>
                  <wp:comment_parent>0</wp:comment_parent>
                  <wp:comment_user_id>0</wp:comment_user_id>
                </wp:comment>
                <wp:comment>
                  <wp:comment_id>6</wp:comment_id>
                  <wp:comment_author><![CDATA[김민지]]></wp:comment_author>
                  <wp:comment_date_gmt>2024-01-01 01:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[고맙습니다!]]></wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved>
                  <wp:comment_parent>5</wp:comment_parent>
                  <wp:comment_user_id>7</wp:comment_user_id>
                </wp:comment>
                <wp:comment>
                  <wp:comment_id>8</wp:comment_id>
                  <wp:comment_author><![CDATA[다른 블로그]]></wp:comment_author>
                  <wp:comment_date_gmt>2024-01-02 01:00:00</wp:comment_date_gmt>
                  <wp:comment_content><![CDATA[[...] 링크했습니다 [...]]]></wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved>
                  <wp:comment_type>pingback</wp:comment_type>
                  <wp:comment_parent>0</wp:comment_parent>
                </wp:comment>
              </item>
              <item>
                <title>나만 보는 글</title>
                <link>http://blog.example.kr/?p=12</link>
                <dc:creator>minji</dc:creator>
                <guid isPermaLink="false">http://blog.example.kr/?p=11</guid>
                <content:encoded><![CDATA[비밀]]></content:encoded>
                <wp:post_id>12</wp:post_id>
                <wp:post_date>2024-02-01 10:00:00</wp:post_date>
                <wp:post_date_gmt>2024-02-01 01:00:00</wp:post_date_gmt>
                <wp:post_name>secret-diary</wp:post_name>
                <wp:status>private</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
              <item>
                <title>검토 대기</title>
                <link>http://blog.example.kr/?p=13</link>
                <dc:creator>someone-new</dc:creator>
                <content:encoded><![CDATA[아직]]></content:encoded>
                <wp:post_id>13</wp:post_id>
                <wp:post_date>2024-03-01 10:00:00</wp:post_date>
                <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
                <wp:status>pending</wp:status>
                <wp:post_type>post</wp:post_type>
              </item>
            </channel>
            </rss>
            """;

    @Test
    void a_wordpress_export_with_http_namespaces_brings_korean_slugs_paragraphs_and_threads_intact() {
        ImportReport report = importText(KOREAN_WXR_1_1);

        assertThat(report.posts()).isEqualTo(3);
        assertThat(report.comments()).isEqualTo(2);
        assertThat(report.mentions()).isEqualTo(1);
        assertThat(report.skipped()).isEmpty();
        PostDetail post = read("회고");
        assertThat(asGuest(() -> mentions.of(post))).singleElement().satisfies(mention -> {
            assertThat(mention.kind()).isEqualTo(MentionKind.PINGBACK);
            assertThat(mention.sourceName()).isEqualTo("다른 블로그");
            assertThat(mention.excerpt()).isEqualTo("[...] 링크했습니다 [...]");
        });
        assertThat(post.commentCount()).as("a mention is not a comment").isEqualTo(2);
        assertThat(post.title()).isEqualTo("2023년 회고");
        // no GMT date: the local date is read in the blog's zone (Asia/Seoul)
        assertThat(post.publishedAt()).isEqualTo(Instant.parse("2023-12-31T14:30:00Z"));
        assertThat(post.contentHtml()).contains("<p>첫 문단입니다.<br>").contains("<strong>굵게</strong>")
                .doesNotContain("script").doesNotContain("more");
        assertThat(post.excerpt()).isEqualTo("첫 문단입니다. 둘째 줄.");
        assertThat(post.category().slug()).isEqualTo("일상");
        assertThat(post.tags()).extracting(PostSummary.TagRef::slug).containsExactly("회고");
        assertThat(post.authorName()).isEqualTo("김민지");

        List<CommentNode> thread = asGuest(() -> threads.tree(post, java.util.Set.of()));
        assertThat(thread).singleElement().satisfies(comment -> {
            assertThat(comment.authorName()).isEqualTo("지나가던 사람");
            assertThat(comment.bodyHtml()).isEqualTo("좋은 글이네요 &amp; 감사합니다<br>다음 줄");
            assertThat(comment.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.bodyHtml()).isEqualTo("고맙습니다!");
                assertThat(reply.byPostAuthor()).as("written by the post's author's account").isTrue();
            });
        });

        // the same GUID on two items does not make them one post
        assertThat(asGuest(() -> reader.findReadable("secret-diary", null))).isEmpty();
        assertThat(as(admin, () -> reader.findReadable("secret-diary", null))).get()
                .extracting(PostDetail::visibility).isEqualTo(Visibility.PRIVATE);
        assertThat(all(new PostFilter(PostStatus.DRAFT, null, null, false, null))).singleElement()
                .satisfies(pending -> {
                    assertThat(pending.title()).isEqualTo("검토 대기");
                    assertThat(pending.authorName()).isEqualTo("someone-new");
                });
        assertThat(asGuest(() -> reader.findByLegacyPath("/2023/12/31/회고/"))).map(PostSummary::slug).hasValue("회고");
        assertThat(asGuest(() -> reader.findByLegacyPath("/?p=12"))).as("a private post is not redirected to").isEmpty();
    }
}
