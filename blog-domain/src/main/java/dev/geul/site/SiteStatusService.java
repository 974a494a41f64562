package dev.geul.site;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SiteStatusService {

    private final JdbcTemplate jdbc;

    SiteStatusService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Admins only. Counts everything but trashed posts. */
    @PreAuthorize("hasRole('ADMIN')")
    public SiteStatus status() {
        return jdbc.queryForObject("""
                select
                  (select count(*) from post where kind = 'POST' and trashed_at is null),
                  (select count(*) from post where kind = 'PAGE' and trashed_at is null),
                  (select count(*) from post where kind = 'POST' and trashed_at is null and status = 'PUBLISHED'),
                  (select count(*) from comment),
                  (select count(*) from comment where status = 'PENDING'),
                  (select count(*) from category),
                  (select count(*) from tag),
                  (select count(*) from account)
                """, (row, n) -> new SiteStatus(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8)));
    }
}
