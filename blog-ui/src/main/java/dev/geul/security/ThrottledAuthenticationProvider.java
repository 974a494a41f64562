package dev.geul.security;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Username and password sign-in (the login form and HTTP Basic), behind the {@link LoginThrottle}. */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                    LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (org.springframework.security.core.AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (dev.geul.base.DatabaseOutage.causes(e)) {
                // the throttle and the accounts live in the database: a sign-in it cannot check is not refused as
                // a wrong password, and the API answers 503 for it
                throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
                        "The database cannot be reached to check the sign-in", e);
            }
            throw e;
        }
    }

    private Authentication throttled(Authentication authentication) {
        String username = authentication.getName();
        String address = clientAddress();
        Optional<Duration> wait = throttle.waitBefore(username, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
            log.warn("Refused a sign-in for '{}' from {}: too many failed attempts; {} s to wait", username, address,
                    seconds);
            throw new LockedException("Too many failed sign-ins. Try again in " + seconds + " seconds.");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Who is signing in, for the throttle: the one place sign-in decides it; unknown outside a request. */
    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
