package dev.geul.site;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Uploaded themes and their files in the database, where every node of a blog reads the same ones. */
@Component
class ThemeStore {

    private final JdbcClient jdbc;

    ThemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the theme under its name, replacing one stored before. @return whether it replaced one */
    boolean store(String name, List<ThemeFile> files, String uploadedBy, Instant now) {
        long total = files.stream().mapToLong(file -> file.content().length).sum();
        Optional<Long> existing = jdbc.sql("select id from uploaded_theme where name = ? for update").param(name)
                .query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("delete from uploaded_theme_file where theme_id = ?").param(id).update();
            jdbc.sql("""
                    update uploaded_theme set revision = nextval('uploaded_theme_revision'), total_bytes = ?,
                      uploaded_at = ?, uploaded_by = ? where id = ?""")
                    .params(total, Timestamp.from(now), uploadedBy, id).update();
        } else {
            id = jdbc.sql("""
                    insert into uploaded_theme (name, revision, total_bytes, uploaded_at, uploaded_by)
                    values (?, nextval('uploaded_theme_revision'), ?, ?, ?) returning id""")
                    .params(name, total, Timestamp.from(now), uploadedBy).query(Long.class).single();
        }
        for (ThemeFile file : files) {
            jdbc.sql("insert into uploaded_theme_file (theme_id, path, content_type, content) values (?, ?, ?, ?)")
                    .params(id, file.path(), file.contentType(), file.content()).update();
        }
        return existing.isPresent();
    }

    long count() {
        return jdbc.sql("select count(*) from uploaded_theme").query(Long.class).single();
    }

    /** Themes by name, without their files. */
    List<ThemeSummary> page(long offset, int limit) {
        String inUse = inUse().orElse(null);
        return jdbc.sql("""
                select name, revision, total_bytes, uploaded_at, uploaded_by from uploaded_theme
                order by name offset ? limit ?""").params(offset, limit)
                .query((row, n) -> new ThemeSummary(row.getString(1), row.getLong(2), row.getLong(3),
                        row.getTimestamp(4).toInstant(), row.getString(5), row.getString(1).equals(inUse), List.of()))
                .list();
    }

    List<String> names() {
        return jdbc.sql("select name from uploaded_theme order by name").query((row, n) -> row.getString(1)).list();
    }

    boolean exists(String name) {
        return jdbc.sql("select count(*) from uploaded_theme where name = ?").param(name).query(Long.class)
                .single() > 0;
    }

    /** The theme with its files' names, types and sizes. */
    Optional<ThemeSummary> find(String name) {
        List<ThemeSummary.File> files = jdbc.sql("""
                select f.path, f.content_type, octet_length(f.content) from uploaded_theme_file f
                join uploaded_theme t on t.id = f.theme_id where t.name = ? order by f.path""").param(name)
                .query((row, n) -> new ThemeSummary.File(row.getString(1), row.getString(2), row.getLong(3))).list();
        String inUse = inUse().orElse(null);
        return jdbc.sql("select name, revision, total_bytes, uploaded_at, uploaded_by from uploaded_theme where name = ?")
                .param(name)
                .query((row, n) -> new ThemeSummary(row.getString(1), row.getLong(2), row.getLong(3),
                        row.getTimestamp(4).toInstant(), row.getString(5), name.equals(inUse), files))
                .optional();
    }

    void delete(String name) {
        jdbc.sql("delete from uploaded_theme where name = ?").param(name).update();
    }

    Optional<Long> revision(String name) {
        return jdbc.sql("select revision from uploaded_theme where name = ?").param(name).query(Long.class).optional();
    }

    /** The templates and stylesheet, read in one snapshot with the revision they belong to. */
    Optional<ThemeContent> content(String name) {
        Optional<Long> revision = revision(name);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> templates = new LinkedHashMap<>();
        String[] css = {""};
        jdbc.sql("""
                select f.path, f.content from uploaded_theme_file f join uploaded_theme t on t.id = f.theme_id
                where t.name = ? and (f.path like '%.mustache' or f.path = 'theme.css')""").param(name)
                .query(row -> {
                    String path = row.getString(1);
                    String text = new String(row.getBytes(2), StandardCharsets.UTF_8);
                    if (path.equals(ThemeFile.CSS)) {
                        css[0] = text;
                    } else {
                        templates.put(path.substring(0, path.length() - ThemeTemplates.EXTENSION.length()), text);
                    }
                });
        return Optional.of(new ThemeContent(name, revision.get(), Map.copyOf(templates), css[0]));
    }

    Optional<ThemeAsset> asset(String name, String path) {
        return jdbc.sql("""
                select f.content_type, f.content, t.revision from uploaded_theme_file f
                join uploaded_theme t on t.id = f.theme_id where t.name = ? and f.path = ?""").params(name, path)
                .query((row, n) -> new ThemeAsset(row.getString(1), row.getBytes(2), row.getLong(3))).optional();
    }

    /** The uploaded theme readers see, if the admin chose one. */
    Optional<String> inUse() {
        return jdbc.sql("select uploaded_theme from blog_appearance where uploaded_theme is not null")
                .query(String.class).optional();
    }
}
