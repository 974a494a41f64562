package dev.geul.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
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

    /** The address of the stand-in subscriber a post's mail is made for; each mail goes to a real one. */
    static final String STAND_IN_ADDRESS = "subscriber@invalid";

    private final JdbcClient jdbc;
    private final Clock clock;

    PostMailing(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Scope(long categoryId, @Nullable String slug, @Nullable String name) {
    }

    /**
     * Queues a post's mail to every confirmed subscriber of it, once in the post's life: a second call for the same
     * post (republished, or seen by another node) queues nothing. Called in the transaction that made the post go
     * live; the caller checks that the post is public.
     *
     * <p>The mail is made once for each kind of subscription the post reaches (the whole blog, each of its
     * categories), for a stand-in subscriber whose token is then replaced, wherever it appears, by each
     * subscriber's own; so a mail may differ from one subscriber to another by the token (their unsubscribe link)
     * and by what they subscribed to, not by anything else. The database writes the mails in one statement: however
     * many subscribers there are, none is read into memory.
     *
     * @param mail makes the mail for a stand-in subscriber; it must put the subscriber's token in the unsubscribe
     *             link
     * @return how many mails were queued
     * @throws IllegalStateException if a mail's unsubscribe link does not carry the subscriber's token
     */
    public int mailPostOnce(long postId, Function<Subscriber, OutgoingMail> mail) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("insert into post_mailing (post_id, queued_at) values (?, ?) on conflict do nothing")
                .params(postId, Timestamp.from(now)).update();
        if (claimed == 0) {
            return 0;
        }
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(0, null, null));
        scopes.addAll(jdbc.sql("""
                select id, slug, name from category where id in (
                    select category_id from post where id = ? and category_id is not null
                    union select category_id from post_category where post_id = ?)""")
                .params(postId, postId)
                .query((row, n) -> new Scope(row.getLong(1), row.getString(2), row.getString(3))).list());
        // a token as Subscriptions makes them (hex), which no escaping of the mail changes, and found in no post
        String token = Subscriptions.randomToken();
        List<Long> categoryIds = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        List<String> unsubscribeUrls = new ArrayList<>();
        for (Scope scope : scopes) {
            OutgoingMail made = mail.apply(new Subscriber(0, STAND_IN_ADDRESS, Subscriber.State.CONFIRMED, token, now,
                    now, scope.slug(), scope.name()));
            if (made.unsubscribeUrl() == null || !made.unsubscribeUrl().contains(token)) {
                throw new IllegalStateException("A post's mail must carry the subscriber's unsubscribe link");
            }
            categoryIds.add(scope.categoryId());
            subjects.add(made.subject());
            texts.add(made.textBody());
            htmls.add(made.htmlBody());
            unsubscribeUrls.add(made.unsubscribeUrl());
        }
        Timestamp queuedAt = Timestamp.from(now);
        // the whole-blog subscription first (scope 0), else the category subscribed to first
        return jdbc.sql("""
                insert into mail_outbox (recipient, subject, text_body, html_body, unsubscribe_url, created_at,
                                         next_attempt_at)
                select s.email, replace(m.subject, ?, s.token), replace(m.text_body, ?, s.token),
                       replace(m.html_body, ?, s.token), replace(m.unsubscribe_url, ?, s.token), ?, ?
                from (select distinct on (lower(email)) email, token, coalesce(category_id, 0) as scope
                      from subscriber
                      where state = 'CONFIRMED' and (category_id is null or category_id = any(?))
                      order by lower(email), category_id nulls first, id) s
                join unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as m(scope, subject, text_body, html_body, unsubscribe_url) on m.scope = s.scope""")
                .params(token, token, token, token, queuedAt, queuedAt, categoryIds.toArray(Long[]::new),
                        categoryIds.toArray(Long[]::new), subjects.toArray(String[]::new),
                        texts.toArray(String[]::new), htmls.toArray(String[]::new),
                        unsubscribeUrls.toArray(String[]::new))
                .update();
    }
}
