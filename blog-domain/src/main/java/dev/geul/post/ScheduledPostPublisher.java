package dev.geul.post;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers see a scheduled post as soon as its time comes (the queries compare with the clock); this job then
 * marks it published so that lists of drafts, search and feeds agree. Where several geul nodes share one database,
 * one of them does it each round: the others find the job's database lock taken and leave it.
 */
@Component
public class ScheduledPostPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPostPublisher.class);

    private final PostRepository posts;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    ScheduledPostPublisher(PostRepository posts, Clock clock,
                           org.springframework.context.ApplicationEventPublisher events) {
        this.posts = posts;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${geul.scheduler.interval:PT15S}", initialDelayString = "PT5S")
    @Transactional
    public int publishDuePosts() {
        if (!posts.tryLockScheduledPublishing()) {
            log.debug("Another node is publishing scheduled posts");
            return 0;
        }
        Instant now = clock.instant();
        int published = 0;
        for (Post post : posts.findDueScheduled(now)) {
            post.goLive();
            events.publishEvent(new PostWentLive(post.getId()));
            published++;
            log.info("Published scheduled post {} ({})", post.getId(), post.getSlug());
        }
        return published;
    }
}
