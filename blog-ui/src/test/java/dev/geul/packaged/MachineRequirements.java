package dev.geul.packaged;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from the machine beyond the JDK: a browser, a search node. Where it is missing, a developer's run
 * skips the test and says why; a strict run ({@code GEUL_TEST_STRICT=true}, as CI's is) fails it, so a browser that
 * was never installed or a search node that never started cannot pass as green.
 */
final class MachineRequirements {

    private MachineRequirements() {
    }

    static void require(boolean present, String missing) {
        if (strict()) {
            assertTrue(present, missing + " (a strict run, GEUL_TEST_STRICT=true, fails rather than skips)");
        } else {
            assumeTrue(present, missing);
        }
    }

    static void requireChromium() {
        require(HeadlessChromium.installed(), "Chromium and its driver are not installed at "
                + HeadlessChromium.CHROMIUM + " and " + HeadlessChromium.CHROMEDRIVER);
    }

    private static boolean strict() {
        return "true".equalsIgnoreCase(System.getenv("GEUL_TEST_STRICT"));
    }
}
