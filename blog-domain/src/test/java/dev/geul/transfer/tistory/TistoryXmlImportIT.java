package dev.geul.transfer.tistory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import dev.geul.category.CategoryNode;
import dev.geul.comment.CommentNode;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentThreads;
import dev.geul.comment.MentionKind;
import dev.geul.comment.Mentions;
import dev.geul.post.PostDetail;
import dev.geul.post.PostSummary;
import dev.geul.post.Visibility;
import dev.geul.testing.SharedData;
import dev.geul.testing.TistoryBackups;
import dev.geul.transfer.ArchiveFormatException;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.ImportingBlog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TistoryXmlImportIT extends ImportingBlog {

    @Autowired
    TistoryXmlImporter importer;
    @Autowired
    CommentService comments;
    @Autowired
    CommentThreads threads;
    @Autowired
    Mentions mentions;

    private ImportReport importText(String ttxml) {
        return as(admin, () -> importer.importBackup(new ByteArrayInputStream(ttxml.getBytes(StandardCharsets.UTF_8)),
                -1, progress -> {
                }));
    }

    @Test
    void posts_come_in_with_their_visibility_password_dates_category_tree_and_tags() {
        ImportReport report = importText(TistoryBackups.ttxml());

        assertThat(report.posts()).isEqualTo(4);
        PostDetail kubernetes = read("쿠버네티스를-처음-배운-날", null);
        assertThat(kubernetes.title()).isEqualTo("쿠버네티스를 처음 배운 날");
        assertThat(kubernetes.publishedAt()).isEqualTo(Instant.ofEpochSecond(1353045099));
        assertThat(kubernetes.updatedAt()).isEqualTo(Instant.ofEpochSecond(1361375338));
        assertThat(kubernetes.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(kubernetes.category().name()).isEqualTo("쿠버네티스");
        assertThat(kubernetes.tagNames()).containsExactlyInAnyOrder("쿠버네티스", "회고");

        PostDetail locked = read("보호된-글", null);
        assertThat(locked.locked()).as("a protected post asks for its password").isTrue();
        assertThat(locked.contentHtml()).doesNotContain("암호를 아는 사람만");
        assertThat(read("보호된-글", "s3cret!").contentHtml()).contains("암호를 아는 사람만 읽는 글");
        assertThat(asGuest(() -> reader.findReadable("나만-보는-글", null))).as("a private post stays private").isEmpty();
        assertThat(as(admin, () -> reader.findReadable("나만-보는-글", null))).isPresent();
        assertThat(read("발행된-글", null).visibility()).isEqualTo(Visibility.PUBLIC);

        // "기타" under two parents stays two categories, each below its own parent
        List<CategoryNode> tree = asGuest(() -> categories.tree());
        assertThat(tree).extracting(CategoryNode::name).containsExactlyInAnyOrder("개발", "일상");
        CategoryNode development = tree.stream().filter(node -> node.name().equals("개발")).findFirst().orElseThrow();
        CategoryNode daily = tree.stream().filter(node -> node.name().equals("일상")).findFirst().orElseThrow();
        assertThat(development.children()).extracting(CategoryNode::name).containsExactly("쿠버네티스", "기타");
        assertThat(daily.children()).extracting(CategoryNode::name).containsExactly("기타");
        assertThat(read("보호된-글", "s3cret!").category().slug())
                .isEqualTo(daily.children().getFirst().slug());
    }

    @Test
    void comments_keep_their_thread_secrecy_guests_and_passwords() {
        importText(TistoryBackups.ttxml());
        PostDetail post = read("쿠버네티스를-처음-배운-날", null);

        List<CommentNode> asAdmin = as(admin, () -> threads.tree(post, java.util.Set.of()));
        assertThat(asAdmin).hasSize(1);
        CommentNode secret = asAdmin.getFirst();
        assertThat(secret.authorName()).isEqualTo("지나가던 개발자");
        assertThat(secret.secret()).isTrue();
        assertThat(secret.bodyHtml()).contains("비밀 댓글입니다.").contains("두 줄입니다.");
        assertThat(secret.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.authorName()).isEqualTo("민지");
            assertThat(reply.guest()).as("the blog owner's reply is the importing admin's").isFalse();
            assertThat(reply.byPostAuthor()).isTrue();
            assertThat(reply.bodyHtml()).contains("답글 고맙습니다!");
        });
        List<CommentNode> asReader = asGuest(() -> threads.tree(post, java.util.Set.of()));
        assertThat(asReader.getFirst().hidden()).as("a secret comment stays hidden from readers").isTrue();
        assertThat(CommentNode.flatten(asReader)).extracting(CommentNode::bodyHtml)
                .noneMatch(body -> body.contains("싸게 팝니다")).as("Tistory's filtered comment is spam here");
        assertThat(jdbc.queryForObject("select status from comment where body = '싸게 팝니다'", String.class))
                .isEqualTo("SPAM");

        // the guest still edits the comment with the password they chose on Tistory
        assertThat(asGuest(() -> comments.edit(secret.id(), TistoryBackups.GUEST_PASSWORD, "고친 댓글")).body()).isEqualTo("고친 댓글");
        assertThat(jdbc.queryForObject("select author_url from comment where id = ?", String.class, secret.id()))
                .isEqualTo("http://guest.example.kr");
        assertThat(jdbc.queryForObject("select client_address from comment where id = ?", String.class, secret.id()))
                .isEqualTo("222.121.96.101");
    }

    @Test
    void an_attached_image_is_stored_byte_for_byte_and_shown_where_its_marker_stood() throws IOException {
        ImportReport report = importText(TistoryBackups.ttxml());

        assertThat(report.media()).isEqualTo(1);
        Document body = Jsoup.parseBodyFragment(read("쿠버네티스를-처음-배운-날", null).contentHtml());
        String src = body.select("figure img").attr("src");
        assertThat(src).startsWith("/media/2012/11/");
        assertThat(body.select("figure figcaption").text()).isEqualTo("우리 클러스터");
        assertThat(media.find(src).orElseThrow().bytes()).isEqualTo(TistoryBackups.PNG);
        assertThat(body.select("details summary").text()).isEqualTo("더 보기");
        assertThat(body.select("details").text()).contains("접힌 설명입니다.");
        assertThat(body.html()).doesNotContain("[##_").doesNotContain("_M#]");
    }

    @Test
    void what_geul_has_no_place_for_is_reported_not_dropped_silently() {
        ImportReport report = importText(TistoryBackups.ttxml());

        assertThat(report.skipped()).anySatisfy(skipped -> assertThat(skipped.what()).contains("guestbook"));
    }

    @Test
    void a_trackback_becomes_a_mention_of_its_post() {
        ImportReport report = importText(TistoryBackups.ttxml());

        assertThat(report.mentions()).isEqualTo(1);
        assertThat(report.skipped()).noneSatisfy(skipped -> assertThat(skipped.what()).contains("trackback"));
        long postId = jdbc.queryForObject("select post_id from mention", Long.class);
        assertThat(asGuest(() -> mentions.of(reader.findReadable(postId).orElseThrow()))).singleElement().satisfies(mention -> {
            assertThat(mention.kind()).isEqualTo(MentionKind.TRACKBACK);
            assertThat(mention.sourceName()).isEqualTo("다른 블로그");
            assertThat(mention.sourceUrl()).isEqualTo("http://other.example.kr/5");
        });
        assertThat(importText(TistoryBackups.ttxml()).mentions()).as("the same backup again adds nothing").isZero();
    }

    @Test
    void tistory_addresses_lead_to_the_new_posts() {
        importText(TistoryBackups.ttxml());

        assertThat(asGuest(() -> reader.findByLegacyPath("/12"))).map(PostSummary::slug)
                .hasValue("쿠버네티스를-처음-배운-날");
        assertThat(asGuest(() -> reader.findByLegacyPath("/entry/쿠버네티스를-처음-배운-날"))).map(PostSummary::slug)
                .hasValue("쿠버네티스를-처음-배운-날");
        assertThat(asGuest(() -> reader.findByLegacyPath("/14"))).as("a private post is not redirected to").isEmpty();
    }

    @Test
    void importing_the_same_backup_again_adds_nothing_twice() {
        importText(TistoryBackups.ttxml());
        long comments = jdbc.queryForObject("select count(*) from comment", Long.class);

        ImportReport again = importText(TistoryBackups.ttxml());

        assertThat(again.posts()).isZero();
        assertThat(again.comments()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(4);
        assertThat(again.media()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class)).isEqualTo(comments);
        assertThat(jdbc.queryForObject("select count(*) from category", Long.class)).isEqualTo(5);
    }

    @Test
    void a_real_backup_without_attachments_links_its_images_where_they_were_and_says_so() throws IOException {
        ImportReport report;
        try (InputStream ttxml = Files.newInputStream(SharedData.file("tistory/ttxml-rino0601-backup-file-for-test.xml"))) {
            report = as(admin, () -> importer.importBackup(ttxml, -1, progress -> {
            }));
        }

        assertThat(report.posts()).isEqualTo(1);
        assertThat(report.comments()).isEqualTo(1);
        assertThat(report.attachments()).isEqualTo(22);
        assertThat(report.media()).isZero();
        PostDetail post = read("아이폰에-opencv-적용하기", null);
        assertThat(post.title()).isEqualTo("아이폰에 opencv 적용하기.");
        assertThat(post.tagNames()).containsExactlyInAnyOrder("ios", "OpenCV", "수정필요");
        assertThat(post.category().name()).isEqualTo("아이폰");
        Document body = Jsoup.parseBodyFragment(post.contentHtml());
        assertThat(body.select("img").eachAttr("src"))
                .contains("https://t1.daumcdn.net/cfile/tistory/1614C33A50A5F9802F5CA8");
        assertThat(report.attachmentUrls()).contains("https://t1.daumcdn.net/cfile/tistory/1614C33A50A5F9802F5CA8");
        assertThat(body.select("details summary").eachText()).containsExactly("openCV 받기", "예제-라플라스샤프닝");
        assertThat(body.html()).doesNotContain("[##_").doesNotContain("_M#]");
        assertThat(report.skipped()).anySatisfy(skipped -> assertThat(skipped.what()).contains("movie"));
    }

    @Test
    void a_file_that_is_not_a_tistory_backup_is_refused_and_only_admins_import() {
        assertThatThrownBy(() -> importText("<rss><channel></channel></rss>"))
                .isInstanceOf(ArchiveFormatException.class).hasMessageContaining("not a Tistory XML backup");
        assertThatThrownBy(() -> importText("<blog type=\"something/1.0\"></blog>"))
                .isInstanceOf(ArchiveFormatException.class);
        assertThatThrownBy(() -> asGuest(() -> importer.importBackup(InputStream.nullInputStream(), -1, p -> {
        }))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isZero();
    }

}
