package dev.geul.security;

import java.io.IOException;

import dev.geul.account.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries a personal token ({@code Authorization: Bearer geul_…}) as the token's
 * writer, for that request only, with the authorities that say it came by token ({@link ApiTokens.TokenSignIn}).
 * A token that is unknown, expired or revoked gets 401 at once; requests without one go on
 * to HTTP Basic or stay anonymous.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final com.vaadin.flow.i18n.I18NProvider translations;

    ApiTokenAuthenticationFilter(ApiTokens tokens, com.vaadin.flow.i18n.I18NProvider translations) {
        this.tokens = tokens;
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokens.TokenSignIn signIn;
        try {
            signIn = tokens.authenticate(header.substring(BEARER.length()).strip()).orElse(null);
        } catch (RuntimeException e) {
            if (dev.geul.base.DatabaseOutage.causes(e)) {
                DatabaseAwayAnswer.write(request, response, translations);
                return;
            }
            throw e;
        }
        if (signIn == null) {
            SecurityConfiguration.writeJsonError(response, HttpStatus.UNAUTHORIZED,
                    "The token is unknown, expired or was revoked", "Bearer realm=\"geul\"");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signIn.user(), null,
                signIn.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
