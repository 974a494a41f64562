package dev.geul.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the author is mailed of new comments and of comments waiting for approval: as switched in the studio, or
 * as the settings say ({@code geul.notifications.new-comments}, {@code .pending-comments}) until it is.
 */
@Service
@Transactional
public class AuthorNotices {

    /** @param newComments mail each new comment shown @param pendingComments mail each comment waiting */
    public record Switches(boolean newComments, boolean pendingComments) {
    }

    private final JdbcClient jdbc;
    private final Switches defaults;

    AuthorNotices(JdbcClient jdbc,
                  @Value("${geul.notifications.new-comments:true}") boolean newComments,
                  @Value("${geul.notifications.pending-comments:true}") boolean pendingComments) {
        this.jdbc = jdbc;
        this.defaults = new Switches(newComments, pendingComments);
    }

    /** The switches as they are now. Anyone: the blog asks when a comment comes. */
    @Transactional(readOnly = true)
    public Switches current() {
        return jdbc.sql("select new_comments, pending_comments from author_notices where id = 1")
                .query((row, n) -> new Switches(row.getBoolean(1), row.getBoolean(2))).optional().orElse(defaults);
    }

    /** Switches the notices; from then on the settings no longer decide. Admins. */
    @PreAuthorize("hasRole('ADMIN')")
    public Switches change(Switches switches) {
        jdbc.sql("""
                insert into author_notices (id, new_comments, pending_comments) values (1, ?, ?)
                on conflict (id) do update set new_comments = excluded.new_comments,
                                               pending_comments = excluded.pending_comments""")
                .params(switches.newComments(), switches.pendingComments()).update();
        return switches;
    }
}
