package dev.geul.reader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.geul.reader.ReaderModels.Head;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Renders a reader page in the blog's theme and answers with it. A page everyone sees alike may be kept by
 * browsers and proxies for a minute and served stale while they fetch it again; its ETag is a hash of its HTML,
 * so a repeated request for an unchanged page gets 304 and no body. A page made for one reader (a refused comment
 * with its words, an unlocked post) is never kept.
 */
@Component
class ReaderPages {

    static final CacheControl SHARED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()
            .staleWhileRevalidate(Duration.ofSeconds(600));
    static final CacheControl SIGNED_IN = CacheControl.noCache().cachePrivate();
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    /**
     * Reader pages run no script but the blog's own small one: this policy is enforced beside the site-wide one
     * (a browser obeys both), so an injected inline script never runs on a page readers see.
     */
    static final String READER_SCRIPT_POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    private final SiteFrame frame;
    private final ReaderText text;

    ReaderPages(SiteFrame frame, ReaderText text) {
        this.frame = frame;
        this.text = text;
    }

    String siteTitle() {
        return frame.title();
    }

    String siteDescription() {
        return frame.description();
    }

    /** A page everyone sees alike: cached, with an ETag, 304 when the reader has it already. */
    ResponseEntity<String> shared(WebRequest request, HttpStatus status, String template, Head head, Object page) {
        return shared(request, status, template, head, page, null);
    }

    /** @param searchQuery what the header's search box shows */
    ResponseEntity<String> shared(WebRequest request, HttpStatus status, String template, Head head, Object page,
                                  @Nullable String searchQuery) {
        String html = render(template, head, page, searchQuery);
        String etag = "\"" + hash(html) + "\"";
        // a signed-in writer may see more (comments waiting for approval): their copy is theirs alone; an admin's
        // preview of unsaved settings is kept by nobody
        boolean preview = frame.previewing();
        CacheControl cache = preview ? CacheControl.noStore()
                : request.getUserPrincipal() == null ? SHARED : SIGNED_IN;
        if (!preview && status == HttpStatus.OK && request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.status(status).contentType(HTML).eTag(etag).cacheControl(cache)
                .header("Content-Security-Policy", READER_SCRIPT_POLICY).body(html);
    }

    /** A page for this reader alone. */
    ResponseEntity<String> personal(HttpStatus status, String template, Head head, Object page) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", READER_SCRIPT_POLICY).body(render(template, head, page, null));
    }

    String render(String template, Head head, Object page, @Nullable String searchQuery) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", frame.site(searchQuery));
        model.put("head", head);
        model.put("labels", labels());
        model.put("page", page);
        dev.geul.reader.theme.Theme theme = frame.theme();
        Map<String, String> themeData = new LinkedHashMap<>();
        themeData.put("name", theme.name());
        themeData.put("files", theme.filesUrl() == null ? "" : theme.filesUrl());
        model.put("theme", themeData);
        return theme.render(template, model);
    }

    /** The words every theme may use, in the blog's language. */
    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("skip", text.getTranslation("reader.skip"));
        labels.put("menu", text.getTranslation("reader.menu"));
        labels.put("home", text.getTranslation("reader.home"));
        labels.put("categories", text.getTranslation("app.categories"));
        labels.put("tags", text.getTranslation("app.tags"));
        labels.put("recent", text.getTranslation("reader.recent"));
        labels.put("pages", text.getTranslation("reader.pages"));
        labels.put("feed", text.getTranslation("app.feed"));
        labels.put("search", text.getTranslation("search.title"));
        labels.put("searchPlaceholder", text.getTranslation("app.search.placeholder"));
        labels.put("about", text.getTranslation("reader.about"));
        labels.put("contents", text.getTranslation("reader.contents"));
        labels.put("share", text.getTranslation("reader.share"));
        labels.put("copyLink", text.getTranslation("reader.share.copy"));
        labels.put("shareKakao", text.getTranslation("reader.share.kakao"));
        labels.put("newer", text.getTranslation("feed.newer"));
        labels.put("older", text.getTranslation("feed.older"));
        labels.put("previous", text.getTranslation("reader.previous"));
        labels.put("next", text.getTranslation("reader.next"));
        labels.put("sticky", text.getTranslation("post.sticky"));
        labels.put("protected", text.getTranslation("post.protected"));
        labels.put("password", text.getTranslation("post.password"));
        labels.put("unlock", text.getTranslation("post.unlock"));
        labels.put("comments", text.getTranslation("comment.title"));
        labels.put("commentName", text.getTranslation("comment.name"));
        labels.put("commentPassword", text.getTranslation("comment.password"));
        labels.put("commentBody", text.getTranslation("comment.body"));
        labels.put("commentSecret", text.getTranslation("comment.secret"));
        labels.put("commentSubmit", text.getTranslation("comment.submit"));
        labels.put("commentReply", text.getTranslation("comment.reply"));
        labels.put("commentCancel", text.getTranslation("comment.cancel"));
        labels.put("edit", text.getTranslation("reader.edit"));
        labels.put("commentManage", text.getTranslation("reader.comment.manage"));
        labels.put("commentManagePassword", text.getTranslation("reader.comment.manage.password"));
        labels.put("commentSave", text.getTranslation("comment.save"));
        labels.put("commentDelete", text.getTranslation("comment.delete"));
        labels.put("commentPending", text.getTranslation("comment.pending"));
        labels.put("commentHidden", text.getTranslation("comment.hidden"));
        labels.put("commentAuthor", text.getTranslation("comment.author"));
        labels.put("commentNone", text.getTranslation("comment.none"));
        labels.put("commentClosed", text.getTranslation("comment.closed"));
        labels.put("like", text.getTranslation("reader.like"));
        labels.put("subscribe", text.getTranslation("subscribe.title"));
        labels.put("commentEmail", text.getTranslation("reader.comment.email"));
        labels.put("commentNotifyReplies", text.getTranslation("reader.comment.notifyreplies"));
        labels.put("poweredBy", text.getTranslation("reader.poweredby"));
        labels.put("signIn", text.getTranslation("app.signin"));
        return labels;
    }

    private static String hash(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
