package dev.geul.transfer.tistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.geul.base.html.HtmlSanitizer;
import dev.geul.testing.SharedData;

class TistoryMarkupTest {

    private static final String RINO_BACKUP = "tistory/ttxml-rino0601-backup-file-for-test.xml";
    private static final String OPENCV_PNG = "cfile23.uf.1614C33A50A5F9802F5CA8.png";

    /** geul serves every file the test backups hold below /media/tistory/. */
    private static final Function<String, Optional<String>> EVERY_FILE =
            name -> Optional.of("/media/tistory/" + name.replaceFirst("^\\./", ""));

    // ---- the old XML backup (TTXML) ----

    @Test
    void an_image_marker_becomes_a_figure_with_the_geul_url_and_its_size() {
        Element body = body(fromRinoBackup(EVERY_FILE).html());

        Element img = body.selectFirst("img[src=/media/tistory/" + OPENCV_PNG + "]");
        assertThat(img).isNotNull();
        assertThat(img.parent().normalName()).isEqualTo("figure");
        assertThat(img.attr("width")).isEqualTo("630");
        assertThat(img.attr("height")).isEqualTo("544");
        assertThat(img.attr("alt")).isEqualTo("opencv.png");
        // the post's 19 image markers (two more attach zip files), each described by the file's own name
        assertThat(body.select("figure > img")).hasSize(19);
        assertThat(body.select("figure > img").eachAttr("alt")).contains("프웤폴더.png", "Lena.PNG");
    }

    @Test
    void a_fold_becomes_details_with_its_label() {
        Element body = body(fromRinoBackup(EVERY_FILE).html());

        Elements folds = body.select("details");
        assertThat(folds).hasSize(2);
        assertThat(folds.eachText()).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(body.select("details > summary").eachText()).containsExactly("openCV 받기", "예제-라플라스샤프닝");
        Element first = folds.getFirst();
        assertThat(first.text()).contains("우선 sorceForge.net으로 갑니다.", "아무래도 번거롭죠.");
        assertThat(first.select("img[src=/media/tistory/" + OPENCV_PNG + "]")).hasSize(1);
        // the text after a fold is outside it
        assertThat(first.text()).doesNotContain("프레임워크가 준비되었으니");
        assertThat(folds.get(1).text()).contains("프레임워크가 준비되었으니", "정말 끝입니다.");
    }

    @Test
    void no_marker_text_remains() {
        TistoryMarkup.Converted converted = fromRinoBackup(EVERY_FILE);

        assertThat(converted.html()).doesNotContain("[##_", "_##]", "[#M_", "_M#]", "|접기|");
        assertThat(body(converted.html()).text()).contains("iOS를 정식으로 지원하기 시작했습니다.", "준비물은....");
    }

    @Test
    void an_attachment_missing_from_the_backup_is_left_out_and_listed() {
        TistoryMarkup.Converted converted = fromRinoBackup(
                name -> name.equals(OPENCV_PNG) ? Optional.empty() : EVERY_FILE.apply(name));

        assertThat(converted.html()).doesNotContain(OPENCV_PNG);
        assertThat(converted.missingImages()).contains(OPENCV_PNG);
        assertThat(body(converted.html()).select("figure > img")).hasSize(18);
    }

    @Test
    void a_tistory_movie_the_backup_cannot_carry_is_listed_rather_than_dropped() {
        TistoryMarkup.Converted converted = fromRinoBackup(EVERY_FILE);

        assertThat(converted.missingImages()).singleElement()
                .satisfies(movie -> assertThat(movie).startsWith("[##_Movie|kE9NExnxXoE$|"));
        assertThat(converted.html()).doesNotContain("kE9NExnxXoE");
    }

    @Test
    void an_attached_file_becomes_a_download_link() {
        Element body = body(fromRinoBackup(EVERY_FILE).html());

        Element link = body.selectFirst("a[href=/media/tistory/cfile3.uf.125F524F50A654DE353F50.zip]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("opencvConverter.zip");
        // a file is no figure: a paragraph with its link, as the author's other paragraphs
        assertThat(link.parent().normalName()).isEqualTo("p");
        assertThat(body.select("figure a")).isEmpty();
        assertThat(body.select("a[href$=.zip]").eachText())
                .containsExactly("opencvConverter.zip", "LaplaceShapening.zip");
        assertThat(body.select("img[src$=.zip]")).isEmpty();
    }

    @Test
    void a_marker_without_a_caption_has_no_figcaption() {
        for (String sample : List.of("tistory/doortts-tistory-image-tag.md", "tistory/doortts-tistory-image-tag2.md")) {
            TistoryMarkup.Converted converted = TistoryMarkup.fromTtxml(SharedData.read(sample), EVERY_FILE);
            Element body = body(converted.html());

            Element img = body.selectFirst("figure > img");
            assertThat(img.attr("src")).isEqualTo("/media/tistory/cfile30.uf.11613F345148691C3095BD.png");
            assertThat(img.attr("width")).isEqualTo("665");
            assertThat(img.attr("height")).isEqualTo("361");
            assertThat(body.select("figcaption")).isEmpty();
            assertThat(converted.html()).doesNotContain("[##_", "_##]");
        }
        Element second = body(TistoryMarkup.fromTtxml(SharedData.read("tistory/doortts-tistory-image-tag2.md"),
                EVERY_FILE).html());
        assertThat(second.selectFirst("img").attr("alt")).isEqualTo("nextforge1 2. .png");
    }

    @Test
    void a_caption_becomes_the_figcaption_and_the_image_stays_where_it_was() {
        String content = "<p>제주에 다녀왔다.</p>"
                + "<p style=\"text-align: center;\">[##_1C|cfile7.uf.2B7A3C4F5E6D7A8B9C0D1E.jpg|width=\"640\" "
                + "height=\"480\" filename=\"jeju.jpg\" filemime=\"image/jpeg\"|협재 해변의 오후 &amp; 바람_##]</p>"
                + "<p>바람이 세게 불었다.</p>";

        Element body = body(TistoryMarkup.fromTtxml(content, EVERY_FILE).html());

        assertThat(body.children().stream().map(Element::normalName)).containsExactly("p", "figure", "p");
        Element figure = body.selectFirst("figure");
        assertThat(figure.selectFirst("img").attr("src"))
                .isEqualTo("/media/tistory/cfile7.uf.2B7A3C4F5E6D7A8B9C0D1E.jpg");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("jeju.jpg");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("협재 해변의 오후 & 바람");
    }

    @Test
    void two_or_three_images_in_a_row_each_keep_their_caption() {
        // as Tattertools' editor writes them: name|attributes|caption for each image
        String content = "<p>[##_2C|cfile1.uf.A1.jpg|width=\"300\" height=\"200\" filename=\"봄.jpg\" "
                + "filemime=\"image/jpeg\"|봄|cfile1.uf.A2.jpg|width=\"300\" height=\"200\" filename=\"여름.jpg\" "
                + "filemime=\"image/jpeg\"|_##]</p>"
                + "<p>[##_3C|cfile1.uf.B1.png|width=\"200\"|가을|cfile1.uf.B2.png|width=\"200\"|겨울|"
                + "cfile1.uf.B3.png|width=\"200\"|다시 봄_##]</p>";

        Element body = body(TistoryMarkup.fromTtxml(content, EVERY_FILE).html());

        assertThat(body.select("figure > img").eachAttr("src")).containsExactly(
                "/media/tistory/cfile1.uf.A1.jpg", "/media/tistory/cfile1.uf.A2.jpg", "/media/tistory/cfile1.uf.B1.png",
                "/media/tistory/cfile1.uf.B2.png", "/media/tistory/cfile1.uf.B3.png");
        assertThat(body.select("figure")).hasSize(5);
        assertThat(body.select("figcaption").eachText()).containsExactly("봄", "가을", "겨울", "다시 봄");
    }

    @Test
    void a_row_with_one_caption_for_all_its_images_is_one_figure() {
        String content = "[##_2C|cfile1.uf.C1.jpg|width=\"300\"|cfile1.uf.C2.jpg|width=\"300\"|둘이서 찍은 사진_##]";

        Element body = body(TistoryMarkup.fromTtxml(content, EVERY_FILE).html());

        assertThat(body.select("figure")).hasSize(1);
        assertThat(body.select("figure > img")).hasSize(2);
        assertThat(body.selectFirst("figcaption").text()).isEqualTo("둘이서 찍은 사진");
    }

    @Test
    void a_gallery_keeps_every_image_with_its_caption() {
        String content = "<p>[##_Gallery|cfile2.uf.G1.jpg|첫째 날|cfile2.uf.G2.jpg||cfile2.uf.G3.jpg|셋째 날|"
                + "width=\"400\" height=\"300\"_##]</p>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromTtxml(content,
                name -> name.endsWith("G3.jpg") ? Optional.empty() : EVERY_FILE.apply(name));
        Element body = body(converted.html());

        assertThat(body.select("figure > img").eachAttr("src"))
                .containsExactly("/media/tistory/cfile2.uf.G1.jpg", "/media/tistory/cfile2.uf.G2.jpg");
        // the gallery's box size is not an image's size
        assertThat(body.select("img[width]")).isEmpty();
        assertThat(body.select("figcaption").eachText()).containsExactly("첫째 날");
        // the caption of the missing image stays, as text, where the image was
        assertThat(body.children().last().normalName()).isEqualTo("p");
        assertThat(body.children().last().text()).isEqualTo("셋째 날");
        assertThat(converted.missingImages()).containsExactly("cfile2.uf.G3.jpg");
    }

    @Test
    void folds_nest_and_carry_images() {
        String content = "<p>본문</p>[#M_자세히 보기|접기|<p>바깥 내용</p>"
                + "[#M_|접기|<p>[##_1L|cfile3.uf.N1.png|width=\"100\" height=\"80\" filename=\"안쪽.png\"|_##]</p>"
                + "<p>안쪽 내용</p>_M#]<p>바깥 끝</p>_M#]<p>맺음말</p>";

        Element body = body(TistoryMarkup.fromTtxml(content, EVERY_FILE).html());

        Element outer = body.selectFirst("details");
        assertThat(outer.selectFirst("> summary").text()).isEqualTo("자세히 보기");
        Element inner = body.select("details").get(1);
        assertThat(inner.parent()).isSameAs(outer);
        assertThat(inner.selectFirst("> summary").text()).isEqualTo("더보기");
        assertThat(inner.selectFirst("figure > img").attr("src")).isEqualTo("/media/tistory/cfile3.uf.N1.png");
        assertThat(inner.text()).contains("안쪽 내용").doesNotContain("바깥 끝");
        assertThat(outer.text()).contains("바깥 내용", "바깥 끝").doesNotContain("맺음말");
        assertThat(body.children().last().text()).isEqualTo("맺음말");
    }

    @Test
    void a_fold_marker_without_its_end_stays_text() {
        String content = "<p>[#M_더 보기|접기|끝나지 않는 접기</p>";

        String html = TistoryMarkup.fromTtxml(content, EVERY_FILE).html();

        assertThat(html).doesNotContain("<details>");
        assertThat(body(html).text()).isEqualTo("[#M_더 보기|접기|끝나지 않는 접기");
    }

    @Test
    void a_marker_naming_a_web_address_keeps_it_and_reports_it_as_remote() {
        String content = "[##_1C|http://cfile9.uf.tistory.com/image/1234567890ABCDEF|width=\"500\" "
                + "filemime=\"image/jpeg\"|_##]<p><img src=\"http://cfile9.uf.tistory.com/image/FEDCBA\"></p>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromTtxml(content, name -> Optional.empty());

        assertThat(body(converted.html()).select("img").eachAttr("src")).containsExactly(
                "http://cfile9.uf.tistory.com/image/1234567890ABCDEF", "http://cfile9.uf.tistory.com/image/FEDCBA");
        assertThat(converted.remoteImages()).containsExactly(
                "http://cfile9.uf.tistory.com/image/1234567890ABCDEF", "http://cfile9.uf.tistory.com/image/FEDCBA");
        assertThat(converted.missingImages()).isEmpty();
    }

    @Test
    void an_image_placed_freely_by_its_attachment_path_gets_the_geul_url() {
        String content = "<p><img src=\"[##_ATTACH_PATH_##]/cfile4.uf.F1.gif\" width=\"32\" height=\"32\"/> 웃음</p>";

        String html = TistoryMarkup.fromTtxml(content, EVERY_FILE).html();

        assertThat(body(html).selectFirst("img").attr("src")).isEqualTo("/media/tistory/cfile4.uf.F1.gif");
        assertThat(html).doesNotContain("ATTACH_PATH", "geul-");
    }

    @Test
    void a_converted_old_post_survives_the_sanitizer_with_its_figures_and_folds() {
        String clean = new HtmlSanitizer().sanitizePostHtml(fromRinoBackup(EVERY_FILE).html());
        Element body = body(clean);

        assertThat(body.select("details > summary").eachText()).containsExactly("openCV 받기", "예제-라플라스샤프닝");
        Element img = body.selectFirst("figure > img[src=/media/tistory/" + OPENCV_PNG + "]");
        assertThat(img).isNotNull();
        assertThat(img.attr("width")).isEqualTo("630");
        assertThat(img.attr("alt")).isEqualTo("opencv.png");
    }

    // ---- the current backup (block editor) ----

    @Test
    void editor_paragraphs_lose_their_data_attributes_but_keep_inline_markup() {
        String html = "<h2 data-ke-size=\"size26\">들어가며</h2>\n"
                + "<p data-ke-size=\"size16\">지난 주말 <b>제주</b>에 <a href=\"https://www.visitjeju.net\">다녀왔다</a>.</p>\n"
                + "<p data-ke-size=\"size16\">&nbsp;</p>\n"
                + "<ul style=\"list-style-type: disc;\" data-ke-list-type=\"disc\"><li>협재</li><li>성산</li></ul>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromBackupHtml(html, EVERY_FILE);

        assertThat(converted.html()).doesNotContain("data-ke");
        Element body = body(converted.html());
        Element first = body.selectFirst("p");
        assertThat(first.attributes().size()).isZero();
        assertThat(first.selectFirst("b").text()).isEqualTo("제주");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("https://www.visitjeju.net");
        // the blank line the author typed stays
        assertThat(body.select("p")).hasSize(2);
        assertThat(body.select("li").eachText()).containsExactly("협재", "성산");
    }

    @Test
    void an_image_block_becomes_a_figure_with_the_geul_url_and_caption() {
        String html = "<p data-ke-size=\"size16\">바다를 보러 갔다.</p>\n"
                + "<p><figure class=\"imageblock alignCenter\" data-ke-mobileStyle=\"widthOrigin\" "
                + "data-filename=\"jeju.jpg\" data-origin-width=\"1280\" data-origin-height=\"960\">"
                + "<span data-url=\"./img/jeju.jpg\" data-phocus=\"./img/jeju.jpg\" data-alt=\"협재 해변\">"
                + "<img src=\"./img/jeju.jpg\" srcset=\"./img/jeju.jpg\" onerror=\"this.onerror=null; "
                + "this.src='//t1.daumcdn.net/tistory_admin/static/images/no-image-v1.png';\" "
                + "data-filename=\"jeju.jpg\" "
                + "data-origin-width=\"1280\" data-origin-height=\"960\" width=\"640\" height=\"480\"/></span>"
                + "<figcaption>협재 해변의 오후</figcaption>\n</figure>\n</p>\n"
                + "<p data-ke-size=\"size16\">물이 맑았다.</p>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromBackupHtml(html, EVERY_FILE);
        Element body = body(converted.html());

        // no empty paragraph is left where Tistory wrapped the figure in one
        assertThat(body.children().stream().map(Element::normalName)).containsExactly("p", "figure", "p");
        Element img = body.selectFirst("figure > img");
        assertThat(img.attr("src")).isEqualTo("/media/tistory/img/jeju.jpg");
        assertThat(img.attr("alt")).isEqualTo("협재 해변");
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attributes().asList()).extracting(Attribute::getKey)
                .containsExactlyInAnyOrder("src", "alt", "width", "height");
        assertThat(body.selectFirst("figcaption").text()).isEqualTo("협재 해변의 오후");
        assertThat(converted.missingImages()).isEmpty();
        assertThat(converted.remoteImages()).isEmpty();
    }

    @Test
    void an_image_grid_keeps_its_images_and_lists_the_missing_one() {
        String html = "<p><figure class=\"imagegridblock\">\n"
                + "  <div class=\"image-container\"><span data-origin-width=\"1030\" data-origin-height=\"712\" "
                + "data-is-animation=\"false\" style=\"width: 49.2335%; margin-right: 10px;\" "
                + "data-widthpercent=\"49.81\">"
                + "<img src=\"./img/left.png\" loading=\"lazy\" width=\"1030\" height=\"712\"/></span>"
                + "<span data-origin-width=\"1029\" data-origin-height=\"706\" data-is-animation=\"false\" "
                + "style=\"width: 49.6037%;\" data-widthpercent=\"50.19\">"
                + "<img src=\"img/right.png\" loading=\"lazy\" width=\"1029\" height=\"706\"/></span></div>\n"
                + "  <figcaption>왼쪽은 아침, 오른쪽은 저녁</figcaption>\n</figure>\n</p>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromBackupHtml(html,
                src -> src.equals("img/right.png") ? Optional.empty() : EVERY_FILE.apply(src));
        Element body = body(converted.html());

        assertThat(body.select("figure")).hasSize(1);
        assertThat(body.select("figure > img").eachAttr("src")).containsExactly("/media/tistory/img/left.png");
        assertThat(body.selectFirst("figcaption").text()).isEqualTo("왼쪽은 아침, 오른쪽은 저녁");
        assertThat(converted.missingImages()).containsExactly("img/right.png");
        assertThat(converted.html()).doesNotContain("right.png", "style=");
    }

    @Test
    void images_on_kakao_servers_stay_and_are_reported_as_remote_not_missing() {
        String html = "<p><figure class=\"imageblock alignCenter\" data-ke-mobileStyle=\"widthOrigin\">"
                + "<span data-url=\"https://blog.kakaocdn.net/dn/bOM3E2/btsIqDPQGeB/ohbAtJjfLyUD6R1DAWncAk/img.png\">"
                + "<img src=\"https://blog.kakaocdn.net/dn/bOM3E2/btsIqDPQGeB/ohbAtJjfLyUD6R1DAWncAk/img.png\"/></span>"
                + "</figure></p>"
                + "<p>좋아요 <img src=\"//t1.daumcdn.net/tistory_admin/emoticon/1.png\" width=\"60\"></p>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromBackupHtml(html, src -> Optional.empty());

        assertThat(body(converted.html()).select("img").eachAttr("src")).containsExactly(
                "https://blog.kakaocdn.net/dn/bOM3E2/btsIqDPQGeB/ohbAtJjfLyUD6R1DAWncAk/img.png",
                "https://t1.daumcdn.net/tistory_admin/emoticon/1.png");
        assertThat(converted.remoteImages()).containsExactly(
                "https://blog.kakaocdn.net/dn/bOM3E2/btsIqDPQGeB/ohbAtJjfLyUD6R1DAWncAk/img.png",
                "https://t1.daumcdn.net/tistory_admin/emoticon/1.png");
        assertThat(converted.missingImages()).isEmpty();
    }

    @Test
    void a_code_block_keeps_its_language_indentation_and_line_breaks() {
        String code = "public class 인사 {\n"
                + "    public static void main(String[] args) {\n"
                + "        List<String> 이름들 = List.of(\"철수\", \"영희\");\n"
                + "\n"
                + "        for (String 이름 : 이름들) {\n"
                + "\t\tSystem.out.println(\"안녕, \" + 이름 + \" & 반가워\");\n"
                + "        }\n"
                + "    }\n"
                + "}";
        String html = "<pre id=\"code_1720450192789\" class=\"java\" data-ke-language=\"java\" "
                + "data-ke-type=\"codeblock\"><code>" + org.jsoup.nodes.Entities.escape(code) + "</code></pre>";

        String converted = TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html();
        Element pre = body(converted).selectFirst("pre");

        assertThat(pre.attributes().size()).isZero();
        Element element = pre.selectFirst("> code");
        assertThat(element.className()).isEqualTo("language-java");
        assertThat(element.wholeText()).isEqualTo(code);
        // and so it stays through the sanitizer
        Element clean = body(new HtmlSanitizer().sanitizePostHtml(converted)).selectFirst("pre > code");
        assertThat(clean.className()).isEqualTo("language-java");
        assertThat(clean.wholeText()).isEqualTo(code);
    }

    @Test
    void a_code_block_whose_lines_the_editor_broke_with_br_keeps_them_as_newlines() {
        String html = "<pre class=\"bash\" data-ke-language=\"bash\" data-ke-type=\"codeblock\">"
                + "<code>cd ~/blog<br>  git pull --rebase<br>git push</code></pre>";

        Element code = body(TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html()).selectFirst("pre > code");

        assertThat(code.wholeText()).isEqualTo("cd ~/blog\n  git pull --rebase\ngit push");
        assertThat(code.className()).isEqualTo("language-bash");
    }

    @Test
    void a_plain_text_code_block_has_no_language_and_a_strange_one_is_dropped() {
        String html = "<pre data-ke-language=\"plaintext\" data-ke-type=\"codeblock\"><code>그냥 글자</code></pre>"
                + "<pre data-ke-language=\"java&quot; onclick=&quot;x\" data-ke-type=\"codeblock\">"
                + "<code>x</code></pre>";

        Elements codes = body(TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html()).select("pre > code");

        assertThat(codes).hasSize(2);
        assertThat(codes.eachAttr("class")).isEmpty();
        assertThat(codes.getFirst().text()).isEqualTo("그냥 글자");
    }

    @Test
    void a_link_card_becomes_a_quote_with_title_description_and_host() {
        String html = "<figure id=\"og_1720450075750\" contenteditable=\"false\" data-ke-type=\"opengraph\" "
                + "data-ke-align=\"alignCenter\" data-og-type=\"website\" data-og-title=\"제주관광공사\" "
                + "data-og-description=\"제주 여행 정보\" data-og-host=\"www.visitjeju.net\" "
                + "data-og-source-url=\"https://www.visitjeju.net/kr\" data-og-url=\"https://www.visitjeju.net/kr\" "
                + "data-og-image=\"https://scrap.kakaocdn.net/dn/cZOYrv/hyWvTwUX6L/img.png\">"
                + "<a href=\"https://www.visitjeju.net/kr\" target=\"_blank\" rel=\"noopener\" "
                + "data-source-url=\"https://www.visitjeju.net/kr\">\n"
                + "<div class=\"og-image\" "
                + "style=\"background-image: url('https://scrap.kakaocdn.net/dn/cZOYrv/hyWvTwUX6L/img.png');\">"
                + "&nbsp;</div>\n<div class=\"og-text\">\n"
                + "<p class=\"og-title\" data-ke-size=\"size16\">비짓제주 - 제주도 여행 정보</p>\n"
                + "<p class=\"og-desc\" data-ke-size=\"size16\">제주의 관광지, 음식, 숙박 정보를 한눈에</p>\n"
                + "<p class=\"og-host\" data-ke-size=\"size16\">www.visitjeju.net</p>\n</div>\n</a></figure>";

        String converted = TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html();
        Element quote = body(converted).selectFirst("blockquote");

        assertThat(quote.children().eachText()).containsExactly("비짓제주 - 제주도 여행 정보",
                "제주의 관광지, 음식, 숙박 정보를 한눈에", "www.visitjeju.net");
        assertThat(quote.selectFirst("p > a").attr("href")).isEqualTo("https://www.visitjeju.net/kr");
        assertThat(converted).doesNotContain("figure", "og-image", "scrap.kakaocdn.net");
    }

    @Test
    void a_link_card_without_description_shows_only_what_it_has() {
        String html = "<figure data-ke-type=\"opengraph\"><a href=\"https://example.com/글\">"
                + "<div class=\"og-text\"><p class=\"og-title\">예시</p></div></a></figure>";

        Element quote = body(TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html()).selectFirst("blockquote");

        assertThat(quote.children()).hasSize(1);
        assertThat(quote.selectFirst("a").text()).isEqualTo("예시");
    }

    @Test
    void a_horizontal_rule_becomes_hr() {
        String html = "<p>위</p><figure data-ke-type=\"horizontalRule\" data-ke-style=\"style5\"></figure>"
                + "<hr contenteditable=\"false\" data-ke-type=\"horizontalRule\" data-ke-style=\"style3\"><p>아래</p>";

        Element body = body(TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html());

        assertThat(body.children().stream().map(Element::normalName)).containsExactly("p", "hr", "hr", "p");
        assertThat(body.select("hr").eachAttr("data-ke-style")).isEmpty();
        assertThat(body.select("hr").eachAttr("contenteditable")).isEmpty();
    }

    @Test
    void a_new_editor_fold_becomes_details_with_its_label() {
        String html = "<p data-ke-size=\"size16\">아래는 접은 글입니다.</p>\n"
                + "<div data-ke-type=\"moreLess\" data-text-more=\"정답 보기\" data-text-less=\"닫기\">"
                + "<a class=\"btn-toggle-moreless\">정답 보기</a>\n"
                + "<div class=\"moreless-content\">\n<p data-ke-size=\"size16\">정답은 3번입니다.</p>\n"
                + "<div data-ke-type=\"moreLess\" data-text-more=\"더보기\" data-text-less=\"닫기\">"
                + "<a class=\"btn-toggle-moreless\">풀이</a>\n<div class=\"moreless-content\">"
                + "<pre data-ke-language=\"python\" data-ke-type=\"codeblock\"><code>print(1 + 2)</code></pre>"
                + "</div>\n</div>\n</div>\n</div>\n"
                + "<p data-ke-size=\"size16\">접은 글 아래입니다.</p>";

        Element body = body(TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html());

        Element fold = body.selectFirst("details");
        assertThat(fold.selectFirst("> summary").text()).isEqualTo("정답 보기");
        assertThat(fold.selectFirst("> p").text()).isEqualTo("정답은 3번입니다.");
        Element inner = body.select("details").get(1);
        assertThat(inner.parent()).isSameAs(fold);
        assertThat(inner.selectFirst("> summary").text()).isEqualTo("풀이");
        assertThat(inner.selectFirst("pre > code.language-python").text()).isEqualTo("print(1 + 2)");
        assertThat(body.select("a.btn-toggle-moreless, .moreless-content")).isEmpty();
        assertThat(body.children().last().text()).isEqualTo("접은 글 아래입니다.");
    }

    @Test
    void a_video_becomes_a_link_never_a_frame() {
        String html = "<figure data-ke-type=\"video\" data-ke-style=\"alignCenter\" data-video-host=\"youtube\" "
                + "data-video-url=\"https://www.youtube.com/watch?v=ddZ-f_nuQ8k\" "
                + "data-video-thumbnail=\"https://scrap.kakaocdn.net/dn/lDSO6/hyFqPKXn2c/img.jpg\" "
                + "data-video-width=\"480\" data-video-height=\"360\">"
                + "<iframe src=\"https://www.youtube.com/embed/ddZ-f_nuQ8k\" width=\"480\" height=\"360\" "
                + "frameborder=\"0\" allowfullscreen=\"true\"></iframe><figcaption>여행 영상</figcaption></figure>"
                + "<figure data-ke-type=\"video\" data-video-host=\"kakaotv\" data-ke-style=\"alignCenter\">"
                + "<iframe src=\"//play-tv.kakao.com/embed/player/cliplink/408988123?service=daum_tistory\" "
                + "width=\"854\" height=\"480\"></iframe></figure>"
                + "<p><iframe src=\"https://www.youtube.com/embed/62oI3qFF7-U\"></iframe></p>";

        String converted = TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html();
        Element body = body(converted);

        assertThat(converted).doesNotContain("iframe");
        assertThat(body.select("a").eachAttr("href")).containsExactly(
                "https://www.youtube.com/watch?v=ddZ-f_nuQ8k",
                "https://play-tv.kakao.com/embed/player/cliplink/408988123?service=daum_tistory",
                "https://www.youtube.com/embed/62oI3qFF7-U");
        assertThat(body.select("p > a").first().text()).isEqualTo("동영상: https://www.youtube.com/watch?v=ddZ-f_nuQ8k");
        assertThat(body.selectFirst("figure > figcaption").text()).isEqualTo("여행 영상");
        assertThat(body.select("p > a").eachText()).allSatisfy(text -> assertThat(text).startsWith("동영상: "));
    }

    @Test
    void an_attached_file_becomes_a_link_to_the_geul_copy_or_is_listed() {
        String html = "<p><figure class=\"fileblock\" data-ke-align=\"alignCenter\">"
                + "<a href=\"./file/발표자료.pdf\" class=\"\"><div class=\"image\"></div><div class=\"desc\">"
                + "<div class=\"filename\"><span class=\"name\">발표자료.pdf</span></div>"
                + "<div class=\"size\">1.2 MB</div></div></a></figure></p>"
                + "<p><figure class=\"fileblock\"><a href=\"./file/없는파일.zip\"><div class=\"desc\">"
                + "<div class=\"filename\"><span class=\"name\">없는파일.zip</span></div></div></a></figure></p>";

        TistoryMarkup.Converted converted = TistoryMarkup.fromBackupHtml(html,
                ref -> ref.contains("없는") ? Optional.empty() : EVERY_FILE.apply(ref));
        Element body = body(converted.html());

        assertThat(body.select("a").eachAttr("href")).containsExactly("/media/tistory/file/발표자료.pdf");
        assertThat(body.selectFirst("a").text()).isEqualTo("발표자료.pdf");
        assertThat(converted.missingImages()).containsExactly("./file/없는파일.zip");
        assertThat(converted.html()).doesNotContain("1.2 MB", "없는파일");
    }

    @Test
    void a_converted_new_post_survives_the_sanitizer_with_its_fold_figure_and_code() {
        String html = "<div data-ke-type=\"moreLess\" data-text-more=\"더보기\" data-text-less=\"닫기\">"
                + "<a class=\"btn-toggle-moreless\">더보기</a><div class=\"moreless-content\">"
                + "<p><figure class=\"imageblock alignCenter\"><span data-alt=\"고양이\"><img src=\"./img/cat.jpg\" "
                + "width=\"300\" height=\"200\"></span><figcaption>우리 집 고양이</figcaption></figure></p>"
                + "<pre class=\"kotlin\" data-ke-language=\"kotlin\" data-ke-type=\"codeblock\">"
                + "<code>val 이름 = \"나비\"</code></pre>"
                + "</div></div>";

        String converted = TistoryMarkup.fromBackupHtml(html, EVERY_FILE).html();
        Element body = body(new HtmlSanitizer().sanitizePostHtml(converted));

        Element fold = body.selectFirst("details");
        assertThat(fold.selectFirst("> summary").text()).isEqualTo("더보기");
        Element img = fold.selectFirst("figure > img");
        assertThat(img.attr("src")).isEqualTo("/media/tistory/img/cat.jpg");
        assertThat(img.attr("alt")).isEqualTo("고양이");
        assertThat(fold.selectFirst("figure > figcaption").text()).isEqualTo("우리 집 고양이");
        assertThat(fold.selectFirst("pre > code.language-kotlin").wholeText()).isEqualTo("val 이름 = \"나비\"");
    }

    // ---- helpers ----

    private static TistoryMarkup.Converted fromRinoBackup(Function<String, Optional<String>> imageUrl) {
        Ttxml backup = Ttxml.read(RINO_BACKUP);
        // a file the backup lists is served by geul; any other is not in the backup
        return TistoryMarkup.fromTtxml(backup.content(),
                name -> backup.attachments().contains(name) ? imageUrl.apply(name) : Optional.empty());
    }

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    /** The content of the first post of a TTXML backup and the names of its attachments. */
    private record Ttxml(String content, Set<String> attachments) {

        static Ttxml read(String name) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                org.w3c.dom.Document xml = factory.newDocumentBuilder()
                        .parse(new InputSource(new StringReader(SharedData.read(name))));
                var xpath = XPathFactory.newInstance().newXPath();
                String content = xpath.evaluate("/blog/post/content", xml);
                NodeList names = (NodeList) xpath.evaluate("/blog/post/attachment/name", xml, XPathConstants.NODESET);
                List<String> attachments = new ArrayList<>();
                for (int i = 0; i < names.getLength(); i++) {
                    attachments.add(names.item(i).getTextContent().strip());
                }
                return new Ttxml(content, Set.copyOf(attachments));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }
}
