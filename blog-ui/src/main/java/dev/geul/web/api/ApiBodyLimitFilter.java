package dev.geul.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    static final String TOO_LARGE = "The request body is larger than " + MAX_BYTES / 1024 + " KB";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || path.startsWith("/api/import/")
                || HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response);
            return;
        }
        // past the limit, reading fails with BodyTooLarge, which ApiErrors answers with 413
        chain.doFilter(new LimitedRequest(request), response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"error\":\"" + TOO_LARGE + "\"}");
    }

    /** What reading a body past the limit throws. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge() {
            super(TOO_LARGE);
        }
    }

    /** Stops reading past the limit: a body sent in chunks has no length to check beforehand. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
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
                        if (read > MAX_BYTES) {
                            throw new BodyTooLarge();
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
