package dev.geul.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new post queued for everyone subscribed to it: to the whole blog, or to any of its categories. Each address
 * gets the post once, however many of its categories it subscribed to; the mail carries the unsubscribe link of
 * the whole-blog subscription when there is one, else of one of the categories'.
 */
@Service
@Transactional
public class PostMailing {

    /** Subscribers read from the database, and mails written to it, this many at a time. */
    static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final MailOutbox outbox;
    private final Clock clock;

    PostMailing(JdbcClient jdbc, DataSource dataSource, MailOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(CHUNK);
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues a post's mail to every confirmed subscriber of it, once in the post's life: a second call for the same
     * post (republished, or seen by another node) queues nothing. Called in the transaction that made the post go
     * live; the caller checks that the post is public. Subscribers are streamed and mails written a chunk at a
     * time, so that many subscribers never sit in memory at once.
     *
     * @param mail makes the mail for one subscriber
     * @return how many mails were queued
     */
    public int mailPostOnce(long postId, Function<Subscriber, OutgoingMail> mail) {
        int claimed = jdbc.sql("insert into post_mailing (post_id, queued_at) values (?, ?) on conflict do nothing")
                .params(postId, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return 0;
        }
        List<OutgoingMail> chunk = new ArrayList<>(CHUNK);
        int[] queued = {0};
        streaming.query("""
                select distinct on (lower(s.email)) s.id, s.email, s.state, s.token, s.created_at, s.confirmed_at,
                       c.slug, c.name
                from subscriber s left join category c on c.id = s.category_id
                where s.state = 'CONFIRMED' and (s.category_id is null or s.category_id in (
                    select category_id from post where id = ? and category_id is not null
                    union select category_id from post_category where post_id = ?))
                order by lower(s.email), s.category_id nulls first, s.id""", row -> {
            chunk.add(mail.apply(Subscriptions.subscriber(row, 0)));
            if (chunk.size() == CHUNK) {
                queued[0] += flush(chunk);
            }
        }, postId, postId);
        return queued[0] + flush(chunk);
    }

    private int flush(List<OutgoingMail> chunk) {
        int size = chunk.size();
        if (size > 0) {
            outbox.queueAll(List.copyOf(chunk));
            chunk.clear();
        }
        return size;
    }
}
