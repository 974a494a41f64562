package dev.geul.stats;

import java.util.Set;

import nl.basjes.parse.useragent.UserAgent;
import nl.basjes.parse.useragent.UserAgentAnalyzer;

/**
 * Tells a person's browser from crawlers, robots, scripts and tools by the user agent, with Yauaa's maintained
 * rules (Googlebot, Naver's Yeti, Daumoa, bingbot, AI crawlers, link previews, headless browsers, curl...) instead
 * of a list of our own that would age. The analyzer takes seconds to build and about 110 MB of heap, so it is built
 * once per JVM, lazily off the request path, with only the two fields asked for and a cache of recent agents.
 */
final class Readers {

    /** Agent classes of people: browsers, in-app web views (KakaoTalk, Naver app) and apps. */
    private static final Set<String> PEOPLE = Set.of("Browser", "Browser Webview", "Mobile App");
    private static final Set<String> MACHINES = Set.of("Robot", "Robot Mobile", "Robot Imitator", "Spy", "Hacker",
            "Unknown");
    private static final int CACHED_AGENTS = 10_000;

    private Readers() {
    }

    /** Whether the user agent is a person's browser or app; false for no agent at all. Blocks while first built. */
    // synchronized: one drain thread per node calls it; test contexts in one JVM share the analyzer
    static synchronized boolean isPerson(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        UserAgent parsed = Analyzer.INSTANCE.parse(userAgent);
        return PEOPLE.contains(parsed.getValue(UserAgent.AGENT_CLASS))
                && !MACHINES.contains(parsed.getValue(UserAgent.DEVICE_CLASS));
    }

    /** Builds the analyzer now (it is built on first use otherwise). */
    static void prepare() {
        Analyzer.INSTANCE.getClass();
    }

    /** The holder idiom: the analyzer is built by the first thread that needs it, once, however many ask. */
    private static final class Analyzer {
        static final UserAgentAnalyzer INSTANCE = UserAgentAnalyzer.newBuilder()
                .hideMatcherLoadStats()
                .dropTests()
                .withCache(CACHED_AGENTS)
                .withField(UserAgent.AGENT_CLASS)
                .withField(UserAgent.DEVICE_CLASS)
                .immediateInitialization()
                .build();
    }
}
