package dev.geul.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new blog needs someone to sign in: on the first start with no accounts, create {@code admin} with
 * {@code BLOG_ADMIN_PASSWORD}, or with a generated password that is logged this one time.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String configuredPassword;

    AdminAccountInitializer(AccountRepository accounts, AccountService accountService,
                            @Value("${geul.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        accountService.createUnchecked(new NewAccount("admin", "Admin", password, Role.ADMIN));
        if (generated) {
            log.warn("Created the account 'admin' with the password: {}  (shown once; set BLOG_ADMIN_PASSWORD to choose it)",
                    password);
        } else {
            log.info("Created the account 'admin' with the password from BLOG_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
