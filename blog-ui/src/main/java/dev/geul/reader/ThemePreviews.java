package dev.geul.reader;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import dev.geul.site.AppearanceSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Settings an admin tries before applying them: kept in the admin's own session under a random token, and shown on
 * a reader page asked for with that token ({@code /?preview=…}) by the same signed-in admin only. Readers never
 * see them (they have neither the session nor the role), and such a page is never kept by a cache.
 */
public final class ThemePreviews {

    public static final String PARAMETER = "preview";
    /** The session attribute holding the one preview a session has at a time. */
    public static final String ATTRIBUTE = ThemePreviews.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ThemePreviews() {
    }

    /** Unsaved settings and the token that shows them. */
    public record Preview(String token, AppearanceSettings settings) implements Serializable {

        public static Preview of(AppearanceSettings settings) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            return new Preview(HexFormat.of().formatHex(bytes), settings);
        }

        /** The reader page at {@code path} showing these settings. */
        public String address(String path) {
            return path + "?" + PARAMETER + "=" + token;
        }
    }

    /** The settings to show this request instead of the saved ones, if it is an admin's preview. */
    static Optional<AppearanceSettings> of(HttpServletRequest request) {
        String token = request.getParameter(PARAMETER);
        if (token == null || !signedInAdmin()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
        return kept instanceof Preview preview && java.security.MessageDigest.isEqual(
                preview.token().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                ? Optional.of(preview.settings()) : Optional.empty();
    }

    private static boolean signedInAdmin() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.isAuthenticated() && signedIn.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
