package dev.geul.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.geul.ui.account.LoginView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API under {@code /api} (stateless, HTTP Basic or a token, never a browser's challenge;
 * {@link BasicCrossSiteGuard} keeps other sites' pages from using a browser's Basic credentials) and everything else
 * (reader pages, Vaadin views with form login, feeds, media). What a signed-in person may do is decided again in the
 * services, whatever gets through here.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] ADMIN_API = {"/api/admin/**", "/api/import/**", "/api/export/**"};
    static final String[] PUBLIC_RESOURCES = {"/feed", "/feed/**", "/rss", "/sitemap.xml", "/robots.txt", "/media/**",
            "/actuator/health", "/actuator/health/**", "/geul.css", "/reader.js", "/favicon.ico", "/error"};
    /** An uploaded theme's images and fonts, which reader pages load. */
    static final String[] THEME_FILES = {"/theme-files/**"};
    /** The code highlighter of reader pages that hold code: the blog's script, its worker and highlight.js. */
    static final String[] CODE_HIGHLIGHTER = {"/reader-code.js", "/reader-code-worker.js", "/webjars/highlightjs/**"};
    /**
     * The comment writer a reader page frames when its reader starts to write: the page's script that frames it,
     * the frame's page, script and style, and the exported component's loader and bootstrap (Vaadin's own requests
     * are let through by Vaadin's configurer).
     */
    static final String[] COMMENT_WRITER = {"/reader-writer.js", "/comment-writer", "/comment-writer.js",
            "/comment-writer.css", "/web-component/**"};
    /** Reader pages, rendered by the server for anyone; the front page {@code /} is Vaadin's too (its client). */
    static final String[] READER_PAGES = {"/posts/**", "/pages/**", "/category/**", "/tag/**", "/search",
            "/archive/**", "/mail/**"};
    /**
     * Reader forms (a comment, a protected post's password) carry their own token and are checked for their origin
     * ({@code dev.geul.reader}): a session's CSRF token would need a session for every reader.
     */
    static final String[] READER_FORMS = {"/posts/*/comments", "/pages/*/comments", "/posts/*/comments/*",
            "/pages/*/comments/*", "/posts/*/unlock", "/pages/*/unlock", "/posts/*/like", "/pages/*/like",
            "/mail/unsubscribe/*", "/mail/subscribe", "/mail/confirm/*"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, dev.geul.account.ApiTokens tokens,
                                    com.vaadin.flow.i18n.I18NProvider translations) throws Exception {
        org.springframework.security.web.AuthenticationEntryPoint signInFirst = (request, response, e) -> {
            if (dev.geul.base.DatabaseOutage.causes(e)) {
                // the password could not be checked: not the client's fault, and worth trying again shortly
                DatabaseAwayAnswer.write(request, response, translations);
            } else {
                signInFirst(request, response, e);
            }
        };
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, translations),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ADMIN_API).hasRole("ADMIN")
                        .anyRequest().permitAll())
                .addFilterBefore(new BasicCrossSiteGuard(),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                // no Basic challenge: a browser would ask for a password, keep it and send it with every request,
                // also with those another site makes
                .httpBasic(basic -> basic.authenticationEntryPoint(signInFirst))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst)
                        .accessDeniedHandler((request, response, e) ->
                                writeJsonError(response, HttpStatus.FORBIDDEN, "This needs an admin account", null)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::commonHeaders);
        return http.build();
    }

    private static void signInFirst(jakarta.servlet.http.HttpServletRequest request,
                                    jakarta.servlet.http.HttpServletResponse response,
                                    org.springframework.security.core.AuthenticationException e)
            throws java.io.IOException {
        writeJsonError(response, HttpStatus.UNAUTHORIZED, "Sign in with an admin account", null);
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_RESOURCES).permitAll()
                        .requestMatchers(READER_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, THEME_FILES).permitAll()
                        .requestMatchers(HttpMethod.GET, CODE_HIGHLIGHTER).permitAll()
                        .requestMatchers(HttpMethod.GET, COMMENT_WRITER).permitAll()
                        .requestMatchers(HttpMethod.GET, "/").permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(READER_FORMS))
                .headers(SecurityConfiguration::commonHeaders)
                .sessionManagement(session -> session.sessionFixation(Customizer.withDefaults()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }

    /**
     * Vaadin's client needs inline styles and its bootstrap script, and evaluates the JavaScript a view sends it
     * with {@code new Function} (Flow's executeJs, vaadin/flow#10759), so the studio keeps 'unsafe-eval'; reader
     * pages add a strict policy of their own. Everything else comes from this origin, and images may come from
     * anywhere on the web (posts embed them).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' https: http: data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; "
            // the blog's own comment writer and the video players a post may embed (HtmlSanitizer.VIDEO_PLAYER),
            // nothing else is framed
            + "frame-src 'self' https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com "
            + "https://tv.kakao.com https://play-tv.kakao.com https://serviceapi.nmv.naver.com https://tv.naver.com";

    private static void commonHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
    }

    /** The API's one error shape, written before any controller is reached. */
    static void writeJsonError(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message,
                               @Nullable String challenge) throws java.io.IOException {
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        dev.geul.web.api.ApiProblem.write(response, dev.geul.web.api.ApiProblem.of(status, message));
    }
}
