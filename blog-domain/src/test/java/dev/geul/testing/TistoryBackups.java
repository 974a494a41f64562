package dev.geul.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tistory backups of both kinds, written by hand as Tistory writes them, with what a blogger moving would miss:
 * Korean text, a category tree, protected and private posts, nested and secret comments, images.
 */
public final class TistoryBackups {

    /** A real 1×1 PNG. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    /** A real 1×1 GIF. */
    public static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    /** The password a guest chose for their secret comment in {@link #ttxml()}. */
    public static final String GUEST_PASSWORD = "비밀댓글암호";

    private TistoryBackups() {
    }

    /** A backup as Tistory made them until 2016, written by hand: every kind of thing a blogger would miss. */
    public static String ttxml() {
        return """
                <?xml version="1.0" encoding="utf-8" ?>
                <blog type="tattertools/1.1" migrational="true">
                  <setting><name>minji</name><title>민지의 개발 일기</title></setting>
                  <category><name>분류 전체보기</name><priority>0</priority><root>1</root>
                    <category><name>개발</name><priority>1</priority>
                      <category><name>쿠버네티스</name><priority>1</priority></category>
                      <category><name>기타</name><priority>2</priority></category>
                    </category>
                    <category><name>일상</name><priority>2</priority>
                      <category><name>기타</name><priority>1</priority></category>
                    </category>
                  </category>
                  <post slogan="쿠버네티스를-처음-배운-날" format="1.1">
                    <author domain="tistory">717353</author>
                    <id>12</id>
                    <visibility>public</visibility>
                    <title>쿠버네티스를 처음 배운 날</title>
                    <content>&lt;p&gt;회사에서 쿠버네티스를 배웠다.&lt;/p&gt;&lt;p&gt;[##_1C|cfile1.uf.0123456789ABCDEF0123.png|width="630" height="544" filename="클러스터.png" filemime="image/jpeg"|우리 클러스터_##]&lt;/p&gt;[#M_더 보기|접기|&lt;p&gt;접힌 설명입니다.&lt;/p&gt;_M#]</content>
                    <password>ignored1</password>
                    <acceptComment>1</acceptComment>
                    <published>1353045099</published>
                    <created>1353045000</created>
                    <modified>1361375338</modified>
                    <category>개발/쿠버네티스</category>
                    <tag>쿠버네티스</tag>
                    <tag>회고</tag>
                    <attachment mime="image/jpeg" size="70" width="1" height="1">
                      <name>cfile1.uf.0123456789ABCDEF0123.png</name>
                      <label>클러스터.png</label>
                      <content>%s</content>
                    </attachment>
                    <comment>
                      <commenter id=""><name>지나가던 개발자</name><homepage>http://guest.example.kr</homepage><ip>222.121.96.101</ip></commenter>
                      <content>비밀 댓글입니다.
                두 줄입니다.</content>
                      <password>%s</password>
                      <secret>1</secret>
                      <written>1353079166</written>
                      <isFiltered>0</isFiltered>
                      <comment>
                        <commenter id="717353"><name>민지</name><homepage>http://minji.tistory.com</homepage><ip>119.64.55.87</ip></commenter>
                        <content>답글 고맙습니다!</content>
                        <password></password>
                        <secret>0</secret>
                        <written>1353080000</written>
                        <isFiltered>0</isFiltered>
                      </comment>
                    </comment>
                    <comment>
                      <commenter id=""><name>광고</name><homepage></homepage><ip>1.2.3.4</ip></commenter>
                      <content>싸게 팝니다</content>
                      <password></password><secret>0</secret><written>1353090000</written>
                      <isFiltered>1353090001</isFiltered>
                    </comment>
                    <trackback><url>http://other.example.kr/5</url><site>다른 블로그</site><title>글</title></trackback>
                  </post>
                  <post slogan="보호된-글" format="1.1">
                    <author domain="tistory">717353</author>
                    <id>13</id>
                    <visibility>protected</visibility>
                    <title>보호된 글</title>
                    <content>&lt;p&gt;암호를 아는 사람만 읽는 글&lt;/p&gt;</content>
                    <password>s3cret!</password>
                    <published>1353145099</published>
                    <category>일상/기타</category>
                  </post>
                  <post slogan="나만-보는-글" format="1.1">
                    <author domain="tistory">717353</author>
                    <id>14</id>
                    <visibility>private</visibility>
                    <title>나만 보는 글</title>
                    <content>&lt;p&gt;비공개 일기&lt;/p&gt;</content>
                    <published>1353245099</published>
                    <category>일상</category>
                  </post>
                  <post slogan="발행된-글" format="1.1">
                    <id>15</id>
                    <visibility>syndicated</visibility>
                    <title>발행된 글</title>
                    <content>&lt;p&gt;모두가 읽는 글&lt;/p&gt;</content>
                    <published>1353345099</published>
                  </post>
                  <guestbook><comment><commenter><name>손님</name></commenter><content>안녕하세요</content></comment></guestbook>
                </blog>
                """.formatted(Base64.getEncoder().encodeToString(PNG), md5Hex(GUEST_PASSWORD));
    }

    /** One post's page as Tistory's backup writes it (관리 › 블로그 › 데이터 관리). */
    public static String page(String title, String category, String date, String contents, String tags) {
        return """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="UTF-8"><title>%1$s</title>
                <link rel="stylesheet" href="../style.css"></head>
                <body><div class="area-view">
                  <div class="article-header">
                    <h2 class="title-article">%1$s</h2>
                    <div class="box-info"><p class="category">%2$s</p><p class="date">%3$s</p></div>
                  </div>
                  <div class="article-view"><div class="contents_style">%4$s</div></div>
                  <div class="tags">%5$s</div>
                </div></body></html>
                """.formatted(title, category, date, contents, tags);
    }

    /** A current backup (관리 › 블로그 › 데이터 관리), unpacked: two posts, their images, one image missing. */
    public static Map<String, byte[]> htmlBackupFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("style.css", "body{}".getBytes(StandardCharsets.UTF_8));
        files.put("31/31-쿠버네티스-입문기.html", page("쿠버네티스 입문기", "개발/쿠버네티스", "2023-03-05 21:30:00", """
                <p data-ke-size="size16">회사에서 쿠버네티스를 배웠다.</p>
                <figure class="imageblock alignCenter" data-ke-mobileStyle="widthOrigin" data-origin-width="1" data-origin-height="1"><span data-url="./img/cluster.png" data-lightbox="lightbox"><img src="./img/cluster.png" srcset="./img/cluster.png" data-origin-width="1" data-origin-height="1"/></span><figcaption>우리 클러스터</figcaption></figure>
                <pre id="code_1" class="java" data-ke-language="java" data-ke-type="codeblock"><code>public class Hello {
                    void run() {}
                }</code></pre>
                <figure contenteditable="false" data-ke-type="horizontalRule" data-ke-style="style5"><hr></figure>
                <p data-ke-size="size16">끝.</p>
                """, "#쿠버네티스 #회고").getBytes(StandardCharsets.UTF_8));
        files.put("31/img/cluster.png", PNG);
        files.put("32/32-일상-기록.html", page("일상 기록", "일상", "2023-04-01 09:00:00", """
                <p data-ke-size="size16">오늘의 일상.</p>
                <p><img src="./img/cat.gif"></p>
                <p><img src="https://blog.kakaocdn.net/dn/abc/btsXYZ/img.png"></p>
                <p><img src="./img/lost.png"></p>
                """, "#일상").getBytes(StandardCharsets.UTF_8));
        files.put("32/img/cat.gif", GIF);
        return files;
    }

    /** The files zipped as Tistory hands the backup out. */
    public static Path zip(Path dir, Map<String, byte[]> files) throws IOException {
        Path zip = dir.resolve("backup.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry(file.getKey()));
                entries.write(file.getValue());
                entries.closeEntry();
            }
        }
        return zip;
    }

    /** Tistory keeps a guest's comment password as its MD5 in hex. */
    public static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
