package dev.geul.web.api;

import java.io.IOException;
import java.io.InputStream;

import dev.geul.transfer.ImportReport;
import dev.geul.transfer.WxrExporter;
import dev.geul.transfer.WxrImporter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moving a blog in and out as a WordPress export (WXR). Admins only (HTTP Basic): the security configuration
 * says so for {@code /api/import/**} and {@code /api/export/**}, and the services check again.
 */
@RestController
class TransferApiController {

    private final WxrImporter importer;
    private final WxrExporter exporter;

    TransferApiController(WxrImporter importer, WxrExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /** The request body is the WXR file, read as it arrives. */
    @PostMapping("/api/import/wxr")
    ImportReport importWxr(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return importer.importWxr(body, request.getContentLengthLong(), progress -> {
            });
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
