package dev.geul.transfer.tistory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.geul.post.Post;
import dev.geul.transfer.ImportLabels;
import org.jspecify.annotations.Nullable;

/**
 * What Tistory's two backups (the old XML one and the current HTML one) share: Korean time, the category paths
 * ("parent/child"), the old addresses, and import keys that name the same post alike in both, so that bringing
 * in both backups of one blog adds every post once.
 */
final class TistoryPosts {

    /** Tistory shows and writes dates in Korean time. */
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(KOREA);
    /** Tistory's old image addresses carry the file's id: cfile23.uf.1614C33A50A5F9802F5CA8.png */
    private static final Pattern CFILE = Pattern.compile("cfile\\d+\\.uf\\.([0-9A-Fa-f]{16,40})(?:\\.\\w+)?");

    private TistoryPosts() {
    }

    /**
     * The key of a Tistory post: its number and the second it was published. A post's number alone would make
     * two Tistory blogs imported into one geul collide; with its date, two backups of the same blog agree.
     */
    static String importKey(String id, Instant published) {
        return "tistory:" + id.strip() + "@" + (published == null ? "" : KEY_DATE.format(published));
    }

    static String commentKey(String postKey, String path) {
        return postKey + "#comment-" + path;
    }

    /** Tistory's addresses of a post: {@code /123} always, {@code /entry/title} where the backup knows it. */
    static List<String> legacyPaths(String id, String slogan) {
        List<String> paths = new ArrayList<>(2);
        if (id != null && id.strip().matches("\\d{1,19}")) {
            paths.add("/" + id.strip());
        }
        if (slogan != null && !slogan.isBlank()) {
            String path = "/entry/" + slogan.strip();
            if (path.length() <= Post.LEGACY_PATH_MAX_LENGTH) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** The address of an old Tistory image on Kakao's servers, for a file the backup does not hold; or null. */
    static @Nullable String remoteImage(String attachmentName) {
        Matcher cfile = CFILE.matcher(attachmentName == null ? "" : attachmentName.strip());
        return cfile.matches() ? "https://t1.daumcdn.net/cfile/tistory/" + cfile.group(1).toUpperCase() : null;
    }

    static String title(String title) {
        String plain = title == null ? "" : title.strip();
        if (plain.isEmpty()) {
            return ImportLabels.UNTITLED;
        }
        return plain.length() > Post.TITLE_MAX_LENGTH ? plain.substring(0, Post.TITLE_MAX_LENGTH - 1) + "…" : plain;
    }
}
