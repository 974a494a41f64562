package dev.geul.stats;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a batch of views to the daily counts in PostgreSQL, in one transaction of a few statements whatever the
 * batch's size: every count is an upsert that adds to what is there ({@code on conflict do update}), and a visitor
 * counts once a day because their hash is an insert the primary key refuses the second time, on any node.
 */
@Repository
@Transactional
class VisitStore {

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(VisitBatch batch) {
        Map<VisitBatch.DayPost, Long> newVisitors = insertVisitors(batch);
        List<Object> days = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        List<Long> visitors = new ArrayList<>();
        batch.views.forEach((key, count) -> {
            days.add(key.day().toString());
            posts.add(key.postId());
            views.add(count);
            visitors.add(newVisitors.getOrDefault(key, 0L));
        });
        jdbc.sql("""
                insert into visit_day (day, views, visitors)
                select d::date, v, n from unnest(?::text[], ?::bigint[], ?::bigint[], ?::bigint[]) as u(d, p, v, n)
                where p = 0
                on conflict (day) do update
                set views = visit_day.views + excluded.views, visitors = visit_day.visitors + excluded.visitors""")
                .params(texts(days), longs(posts), longs(views), longs(visitors)).update();
        // a post deleted since it was read is left out rather than breaking its foreign key
        jdbc.sql("""
                insert into post_visit_day (day, post_id, views, visitors)
                select d::date, p, v, n from unnest(?::text[], ?::bigint[], ?::bigint[], ?::bigint[]) as u(d, p, v, n)
                where p <> 0 and exists (select 1 from post where post.id = u.p)
                order by d, p
                on conflict (day, post_id) do update
                set views = post_visit_day.views + excluded.views,
                    visitors = post_visit_day.visitors + excluded.visitors""")
                .params(texts(days), longs(posts), longs(views), longs(visitors)).update();
        addOrigins("referrer_day", "host", batch.referrers);
        addOrigins("search_word_day", "words", batch.searchWords);
    }

    /** Stores the batch's visitors of the day; @return how many were new, per day and post (0 for the blog). */
    private Map<VisitBatch.DayPost, Long> insertVisitors(VisitBatch batch) {
        List<Object> days = new ArrayList<>();
        List<Long> posts = new ArrayList<>();
        List<Object> hashes = new ArrayList<>();
        for (VisitBatch.Visitor visitor : batch.visitors) {
            days.add(visitor.day().toString());
            posts.add(visitor.postId());
            hashes.add(visitor.hash());
        }
        Map<VisitBatch.DayPost, Long> added = new HashMap<>();
        jdbc.sql("""
                insert into visit_visitor (day, post_id, visitor_hash)
                select d::date, p, decode(h, 'hex') from unnest(?::text[], ?::bigint[], ?::text[]) as u(d, p, h)
                on conflict do nothing
                returning day, post_id""")
                .params(texts(days), longs(posts), texts(hashes))
                .query((row, n) -> added.merge(new VisitBatch.DayPost(row.getDate(1).toLocalDate(), row.getLong(2)),
                        1L, Long::sum))
                .list();
        return added;
    }

    private void addOrigins(String table, String detailColumn, Map<VisitBatch.DayOrigin, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<Object> days = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        List<Object> details = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        counts.forEach((key, count) -> {
            days.add(key.day().toString());
            sources.add(key.source().name());
            details.add(key.detail());
            views.add(count);
        });
        jdbc.sql("insert into " + table + " (day, source, " + detailColumn + ", views)"
                        + " select d::date, s, t, v from unnest(?::text[], ?::text[], ?::text[], ?::bigint[])"
                        + " as u(d, s, t, v)"
                        + " on conflict (day, source, " + detailColumn + ") do update"
                        + " set views = " + table + ".views + excluded.views")
                .params(texts(days), texts(sources), texts(details), longs(views)).update();
    }

    /** Forgets the visitors of days before {@code today}, and the salts they were hashed with. */
    int forgetVisitorsBefore(LocalDate today) {
        int forgotten = jdbc.sql("delete from visit_visitor where day < ?").param(Date.valueOf(today)).update();
        jdbc.sql("delete from visitor_salt where day < ?").param(Date.valueOf(today)).update();
        return forgotten;
    }

    /** The ids of the posts with these slugs (a slug no post has is left out). */
    Map<String, Long> postIds(List<String> slugs) {
        Map<String, Long> ids = new HashMap<>();
        if (!slugs.isEmpty()) {
            jdbc.sql("select slug, id from post where slug = any(?)").param(slugs.toArray(String[]::new))
                    .query((row, n) -> ids.put(row.getString(1), row.getLong(2))).list();
        }
        return ids;
    }

    private static String[] texts(List<Object> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }

    private static Long[] longs(List<Long> values) {
        return values.toArray(Long[]::new);
    }
}
