package dev.geul.account;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new blog needs someone to sign in: on the first start with no accounts, create {@code admin} with
 * {@code BLOG_ADMIN_PASSWORD}, or with a generated password shown this one time. The generated password goes to the
 * console only, never through the logging system (whose files, journals and collectors keep it long after), and
 * nothing later writes it again: the log only says where it was shown.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String configuredPassword;
    private final PrintStream console;

    @Autowired
    AdminAccountInitializer(AccountRepository accounts, AccountService accountService,
                            @Value("${geul.admin-password:}") String configuredPassword) {
        this(accounts, accountService, configuredPassword, System.out);
    }

    AdminAccountInitializer(AccountRepository accounts, AccountService accountService, String configuredPassword,
                            PrintStream console) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.configuredPassword = configuredPassword;
        this.console = console;
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
            console.println();
            console.println("  geul: created the account 'admin' with the password  " + password);
            console.println("  It is shown this once and written nowhere else: sign in and change it, or set"
                    + " BLOG_ADMIN_PASSWORD to choose it.");
            console.println();
            console.flush();
            log.warn("Created the account 'admin'; its generated password was shown once on the console");
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
