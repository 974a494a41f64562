package dev.geul.ui.admin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import dev.geul.post.PostLists;
import dev.geul.post.PostReader;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TistoryBackups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static dev.geul.testing.BlogFixtures.asGuest;
import static dev.geul.testing.BlogFixtures.signInAs;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class TransferViewIT extends SpringBrowserlessTest {

    static final String ARCHIVE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><link>https://old.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
            <item><title>이사 온 첫 글</title><dc:creator>minji</dc:creator>
              <content:encoded><![CDATA[<p>워드프레스에서 옮겨 왔다</p>]]></content:encoded><wp:post_id>1</wp:post_id>
              <wp:post_date_gmt>2024-04-01 00:00:00</wp:post_date_gmt><wp:post_name>first</wp:post_name>
              <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
              <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>독자</wp:comment_author>
                <wp:comment_content>환영합니다</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
              </wp:comment>
              <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_author>블로그</wp:comment_author>
                <wp:comment_content>링크</wp:comment_content><wp:comment_type>pingback</wp:comment_type>
              </wp:comment></item>
            <item><title>소개</title><dc:creator>minji</dc:creator>
              <content:encoded><![CDATA[저는 민지입니다]]></content:encoded><wp:post_id>2</wp:post_id>
              <wp:post_date_gmt>2024-04-02 00:00:00</wp:post_date_gmt><wp:post_name>about</wp:post_name>
              <wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
            </channel></rss>
            """;

    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostReader posts;
    @Autowired
    PostLists lists;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signInAs(fixtures.admin());
    }

    @AfterEach
    void signOut() {
        BlogFixtures.signOut();
    }

    @Test
    void an_admin_uploads_a_wordpress_export_and_sees_what_came_in_and_what_was_left_out() {
        TransferView view = navigate(TransferView.class);

        test(view.upload).upload("export.xml", "application/xml", ARCHIVE.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.status.getText()).isEqualTo("Imported.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.report.getElement().getTextRecursively())
                .contains("1 posts, 1 pages, 1 comments, 0 categories, 0 tags and 1 writers were added.")
                .contains("1 pingbacks and trackbacks came in as mentions of their posts.")
                .doesNotContain("Left out");
        assertThat(asGuest(() -> posts.findReadable("first", null))).hasValueSatisfying(post ->
                assertThat(post.contentHtml()).contains("워드프레스에서 옮겨 왔다"));
    }

    @Test
    void an_admin_uploads_tistorys_zip_backup_chooses_how_its_posts_come_in_and_sees_its_images_stored()
            throws java.io.IOException {
        TransferView view = navigate(TransferView.class);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tistory-backup");
        byte[] zip = java.nio.file.Files.readAllBytes(TistoryBackups.zip(dir, TistoryBackups.htmlBackupFiles()));

        test(view.postsAs).selectItem("published, seen by the blog's writers only");
        test(view.upload).upload("blog-backup.zip", "application/zip", zip);
        roundTrip();

        assertThat(view.status.getText()).isEqualTo("Imported.");
        assertThat(view.report.getElement().getTextRecursively())
                .contains("2 posts, 0 pages, 0 comments")
                .contains("2 images and files were stored in the blog's media.")
                .contains("came in published but private")
                .contains("lost.png");
        assertThat(asGuest(() -> posts.findReadable("쿠버네티스-입문기", null))).isEmpty();
        assertThat(posts.findReadable("쿠버네티스-입문기", null)).hasValueSatisfying(post ->
                assertThat(post.visibility()).isEqualTo(dev.geul.post.Visibility.PRIVATE));
    }

    @Test
    void a_file_that_is_not_an_export_is_refused_with_the_reason_and_nothing_changes() {
        TransferView view = navigate(TransferView.class);

        test(view.upload).upload("photo.xml", "application/xml", "<html><body>사진</body></html>".getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.status.getText()).startsWith("The import stopped: ")
                .contains("neither a WordPress export nor a Tistory backup");
        assertThat(lists.listPublished(PageRequest.of(0, 1)).getTotalElements()).isZero();
    }

    @Test
    void the_whole_blog_downloads_as_a_wxr_file_that_holds_its_posts() {
        TransferView view = navigate(TransferView.class);
        test(view.upload).upload("export.xml", "application/xml", ARCHIVE.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(view.export).download(file);

        assertThat(file.toString(StandardCharsets.UTF_8)).contains("<rss").contains("이사 온 첫 글").contains("환영합니다");
    }
}
