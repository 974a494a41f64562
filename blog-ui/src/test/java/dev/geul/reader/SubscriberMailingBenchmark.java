package dev.geul.reader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

import dev.geul.post.PostDraft;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static dev.geul.testing.BlogFixtures.as;

/**
 * Not a test: a harness that prints figures (no timing assertions). Run it alone with the {@code benchmark}
 * profile: {@code ./geul mvn -B -pl blog-ui -am verify -Pbenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SubscriberMailingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}.
 *
 * <p>{@value #SUBSCRIBERS} confirmed subscribers (half to the whole blog, half to the post's category, a tenth of
 * those to both: each address must get the post once); one post published through the editor's service, which
 * queues its mails in its own transaction; then the outbox sent round after round, {@value #PER_ROUND} mails a
 * round ({@code geul.mail.per-round}), to a real SMTP server (GreenMail, emptied every few rounds so that its own
 * store does not count). Prints how long queueing took, the time a round takes (so the rate the machine sustains
 * against the configured one), and the heap in use after a full GC as the rounds go.
 */
@TestPropertySource(properties = "geul.mail.per-round=" + SubscriberMailingBenchmark.PER_ROUND)
class SubscriberMailingBenchmark extends MailingBlog {

    static final int SUBSCRIBERS = 10_000;
    static final int PER_ROUND = 200;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void ten_thousand_subscribers_one_new_post() throws Exception {
        long category = as(admin, () -> jdbc.queryForObject(
                "insert into category (name, slug, sort_order) values ('벤치', 'bench', 0) returning id", Long.class));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            boolean toCategory = i % 2 == 1;
            rows.add(new Object[]{"reader" + i + "@example.kr", "t" + i, toCategory ? category : null});
            if (i % 20 == 0) {
                // the same address subscribed to the blog too: it must get the post once
                rows.add(new Object[]{"reader" + (i + 1) + "@example.kr", "u" + i, null});
            }
        }
        jdbc.batchUpdate("""
                insert into subscriber (email, state, token, created_at, confirmed_at, category_id)
                values (?, 'CONFIRMED', ?, now(), now(), ?)""", rows);
        long addresses = jdbc.queryForObject("select count(distinct lower(email)) from subscriber", Long.class);
        long heapBefore = heapAfterGc();

        long started = System.nanoTime();
        as(alice, () -> posts.publish(posts.create(PostDraft.of("만 명에게 가는 글", "<p>본문</p>")
                .withCategory(category)).id()));
        double queueSeconds = (System.nanoTime() - started) / 1e9;
        long queued = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        long ownLinks = jdbc.queryForObject("""
                select count(*) from mail_outbox o where exists (select 1 from subscriber s
                    where s.email = o.recipient and o.unsubscribe_url like '%/' || s.token
                    and o.html_body like '%/' || s.token || '%' and o.text_body like '%/' || s.token || '%')""",
                Long.class);
        long heapQueued = heapAfterGc();

        List<Double> roundMillis = new ArrayList<>();
        List<Long> heapByRound = new ArrayList<>();
        long sendStarted = System.nanoTime();
        int sent;
        int total = 0;
        int greenMailUsers = 0;
        do {
            long round = System.nanoTime();
            sent = sender.sendDue();
            total += sent;
            roundMillis.add((System.nanoTime() - round) / 1e6);
            if (roundMillis.size() % 10 == 0) {
                // GreenMail keeps a user with a mailbox for every address it received mail for, in this JVM:
                // emptied and forgotten, so that the heap measured is the blog's
                greenMailUsers = Math.max(greenMailUsers, smtp.getUserManager().listUser().size());
                smtp.purgeEmailFromAllMailboxes();
                List.copyOf(smtp.getUserManager().listUser()).forEach(smtp.getUserManager()::deleteUser);
                heapByRound.add(heapAfterGc() / (1024 * 1024));
            }
        } while (sent > 0);
        double sendSeconds = (System.nanoTime() - sendStarted) / 1e9;
        List<Double> sorted = roundMillis.stream().sorted().toList();

        System.out.printf("""

                ==== Subscriber mailing benchmark ====
                subscriptions %,d (%,d addresses), post in their category
                publish + queue: %.2f s for %,d mails (each address once: %s; each with its own unsubscribe link: %s)
                heap in use after GC: %,d MB before, %,d MB with the mails queued
                sending: %,d mails in %d rounds of %d, %.1f s (%.0f mails/s against the SMTP server on loopback)
                a round: p50 %.0f ms, max %.0f ms (configured rate = %d per geul.mail.interval)
                heap in use after GC every 10 rounds (MB): %s (GreenMail's users forgotten each time, up to %,d)
                """, rows.size(), addresses, queueSeconds, queued, queued == addresses,
                ownLinks == queued, heapBefore / (1024 * 1024),
                heapQueued / (1024 * 1024), total, roundMillis.size() - 1, PER_ROUND, sendSeconds, total / sendSeconds,
                sorted.get(sorted.size() / 2), sorted.getLast(), PER_ROUND, heapByRound, greenMailUsers);
    }

    private long heapAfterGc() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
