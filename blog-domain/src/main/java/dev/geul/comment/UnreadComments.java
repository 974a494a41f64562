package dev.geul.comment;

import java.sql.Timestamp;
import java.time.Clock;

import dev.geul.account.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What came in since a writer last looked at the comments: new comments shown on the blog, and comments waiting
 * for approval. An admin counts every post's, an author their own posts'; nobody counts their own comments.
 * Looking at the comments ({@link #markSeen}) clears both; before the first look, what came after the account was
 * made counts (an imported blog's old comments are not news).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR')")
public class UnreadComments {

    /** @param newComments shown on the blog since the last look @param waiting waiting for approval, come since */
    public record Counts(long newComments, long waiting) {

        public long total() {
            return newComments + waiting;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    UnreadComments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller's unread counts. */
    @Transactional(readOnly = true)
    public Counts counts() {
        long me = me();
        return jdbc.sql("""
                select count(*) filter (where c.status = 'APPROVED'), count(*) filter (where c.status = 'PENDING')
                from comment c join post p on p.id = c.post_id
                where c.created_at > coalesce((select seen_at from comments_seen where account_id = :me),
                                              (select created_at from account where id = :me))
                  and c.account_id is distinct from :me
                  and (:admin or p.author_id = :me)""")
                .param("me", me).param("admin", CurrentUser.isAdmin())
                .query((row, n) -> new Counts(row.getLong(1), row.getLong(2))).single();
    }

    /** The caller has seen the comments as they are now. */
    public void markSeen() {
        jdbc.sql("""
                insert into comments_seen (account_id, seen_at) values (?, ?)
                on conflict (account_id) do update set seen_at = excluded.seen_at""")
                .params(me(), Timestamp.from(clock.instant())).update();
    }

    private static long me() {
        return CurrentUser.accountId().orElseThrow(() -> new AccessDeniedException("Sign in"));
    }
}
