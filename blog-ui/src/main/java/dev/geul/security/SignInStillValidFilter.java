package dev.geul.security;

import java.io.IOException;

import dev.geul.account.AccountService;
import dev.geul.account.BlogUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose sign-in no longer holds ({@link AccountService#isStillValid}): its password was changed or
 * reset, or its role changed, since it signed in. Runs after Spring Security on every request of a session; the
 * request goes on as a guest's, so that a page asks to sign in and the studio's next request finds its session gone.
 */
@Component
class SignInStillValidFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInStillValidFilter.class);

    private final AccountService accounts;

    SignInStillValidFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof BlogUser user
                && !accounts.isStillValid(user)) {
            log.info("Ended a session of '{}': its password or role changed since it signed in", user.username());
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
