package dev.geul.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, and before the browserless test's own set-up keeps the security context it finds, hands the
 * global security context holder back to the strategy of the application the test runs against. Vaadin installs
 * its strategy (one per application context, each with its own thread-local) globally when an application
 * starts: a test class that reuses an application started earlier would otherwise keep the one started last, and
 * sign in where that application's views do not look.
 */
public class ThisApplicationsSignIn implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext application = testContext.getApplicationContext();
        application.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
