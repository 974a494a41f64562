package dev.geul.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.geul.transfer.ArchiveImporter;
import dev.geul.transfer.ImportReport;
import dev.geul.transfer.PostsAs;
import dev.geul.transfer.markdown.MarkdownExporter;
import dev.geul.transfer.markdown.MarkdownImporter;
import dev.geul.transfer.wxr.UploadsImporter;
import dev.geul.transfer.wxr.WxrExporter;
import dev.geul.transfer.wxr.WxrImporter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving a blog in (a WordPress export, Tistory's backups) and out (as a WordPress export, WXR). Admins only (HTTP Basic or a token): the security configuration
 * says so for {@code /api/import/**} and {@code /api/export/**}, and the services check again. A report speaks
 * the language the client asks for ({@link ReportLanguage}).
 */
@RestController
class TransferApiController {

    /*
     * Every body says what it is: a cross-site form can only send text/plain, form fields or multipart, so a page
     * elsewhere cannot make a signed-in browser import a file (415 before anything is read).
     */
    static final String ZIP = "application/zip";
    /** What Windows calls a zip. */
    static final String WINDOWS_ZIP = "application/x-zip-compressed";

    private final WxrImporter importer;
    private final ArchiveImporter archives;
    private final UploadsImporter uploads;
    private final MarkdownImporter markdownImporter;
    private final MarkdownExporter markdownExporter;
    private final WxrExporter exporter;
    private final ReportLanguage language;

    TransferApiController(WxrImporter importer, ArchiveImporter archives, UploadsImporter uploads,
                          MarkdownImporter markdownImporter, MarkdownExporter markdownExporter,
                          WxrExporter exporter, ReportLanguage language) {
        this.importer = importer;
        this.archives = archives;
        this.uploads = uploads;
        this.markdownImporter = markdownImporter;
        this.markdownExporter = markdownExporter;
        this.exporter = exporter;
        this.language = language;
    }

    /** The request body is the WXR file, read as it arrives. */
    @PostMapping(path = "/api/import/wxr", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_RSS_XML_VALUE})
    ImportReport importWxr(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return language.in(importer.importWxr(body, request.getContentLengthLong(), progress -> {
            }), request);
        }
    }

    /**
     * The request body is one of Tistory's backups: the old XML backup (read as it arrives), or the current backup's
     * zip (kept in a temporary file while it is read, since its posts and images are found by name). Which one is
     * told by the body's first bytes. The zip's posts come in as {@code posts} says (drafts unless told otherwise),
     * since the backup does not say who could read them.
     */
    @PostMapping(path = "/api/import/tistory", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            ZIP, WINDOWS_ZIP})
    ImportReport importTistory(HttpServletRequest request,
                               @RequestParam(defaultValue = "drafts") String posts) throws IOException {
        PostsAs postsAs = postsAs(posts);
        try (InputStream body = request.getInputStream()) {
            return language.in(archives.importTistory(body, request.getContentLengthLong(), postsAs, progress -> {
            }), request);
        }
    }

    /**
     * The request body is a zip of a WordPress site's uploads folder ({@code 2008/06/canola2.jpg} and so on), kept
     * in a temporary file while it is read: its files come into the blog's media and the posts that named them
     * point at them.
     */
    @PostMapping(path = "/api/import/media", consumes = {ZIP, WINDOWS_ZIP})
    UploadsImporter.Report importMedia(HttpServletRequest request) throws IOException {
        Path zip = Files.createTempFile("geul-uploads-", ".zip");
        try (InputStream body = request.getInputStream()) {
            Files.copy(body, zip, StandardCopyOption.REPLACE_EXISTING);
            return language.in(uploads.importZip(zip), request);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** The request body is a zip of Markdown files with front matter (and their images), e.g. a Markdown export. */
    @PostMapping(path = "/api/import/markdown", consumes = {ZIP, WINDOWS_ZIP})
    ImportReport importMarkdown(HttpServletRequest request) throws IOException {
        Path zip = Files.createTempFile("geul-markdown-", ".zip");
        try (InputStream body = request.getInputStream()) {
            Files.copy(body, zip, StandardCopyOption.REPLACE_EXISTING);
            return language.in(markdownImporter.importZip(zip, progress -> {
            }), request);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** Every post and page as Markdown with front matter, and their images: the layout Jekyll and Hugo read. */
    @GetMapping("/api/export/markdown")
    void exportMarkdown(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(markdownExporter.fileName()).build().toString());
        markdownExporter.exportZip(response.getOutputStream());
    }

    private static PostsAs postsAs(String value) {
        try {
            return PostsAs.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new dev.geul.base.InvalidInputException("posts", "error.import.postsAs",
                    "posts must be drafts, private or public");
        }
    }

    @GetMapping("/api/export/wxr")
    void exportWxr(HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(exporter.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString());
        exporter.exportWxr(response.getOutputStream());
    }
}
