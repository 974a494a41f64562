package dev.geul.web.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * JSON requests to the API carry at most {@value #MAX_BYTES} bytes (a comment is at most 5,000 characters). A
 * bigger body is refused with 413: at once when it announces its length (before the security filters, so it costs
 * no password check), or as soon as reading passes the limit when it comes in chunks. The WXR import, which
 * streams whole archives, is exempt.
 */
@Component
@Order(-150)
class ApiBodyLimitFilter extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;
    /** A post of {@link dev.geul.post.Post#CONTENT_MAX_LENGTH} characters, each up to 4 bytes, in JSON. */
    static final long POST_MAX_BYTES = 4L * dev.geul.post.Post.CONTENT_MAX_LENGTH + MAX_BYTES;
    /** A theme's zip, which its upload checks again. */
    static final long THEME_MAX_BYTES = dev.geul.site.ThemeService.MAX_ZIP_BYTES;
    /** A subscribers' CSV of {@link dev.geul.mail.SubscriberCsv#MAX_LINES} lines with room for long addresses. */
    static final long SUBSCRIBERS_MAX_BYTES = 32L * 1024 * 1024;
    private static final java.util.regex.Pattern AUTHORED_POST = java.util.regex.Pattern.compile("/api/posts/\\d+");

    static String tooLarge(long limit) {
        return "The request body is larger than " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB"
                : limit / 1024 + " KB");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith("/api/import/")
                || HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        // past the limit, reading fails with BodyTooLarge, which ApiErrors answers with 413
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** A post's text may be long and an image large; everything else an API takes is small. */
    static long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/media")) {
            return dev.geul.media.MediaStore.MAX_BYTES;
        }
        if (path.equals("/api/posts") || AUTHORED_POST.matcher(path).matches()) {
            return POST_MAX_BYTES;
        }
        if (path.equals("/api/admin/themes")) {
            return THEME_MAX_BYTES;
        }
        if (path.equals("/api/admin/subscribers/import")) {
            return SUBSCRIBERS_MAX_BYTES;
        }
        return MAX_BYTES;
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        ApiProblem.write(response, ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge(limit)));
    }

    /** What reading a body past the limit throws. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long limit) {
            super(tooLarge(limit));
        }
    }

    /** Stops reading past the limit: a body sent in chunks has no length to check beforehand. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
