package dev.geul.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a blog back from an archive, into a database that holds no posts (any other blog is refused unless forced):
 * the schema is built to the archive's version, every table is loaded with {@code COPY ... FROM STDIN} in one
 * transaction, sequences go on after the highest ids, the media files go back to the data folder, and the schema is
 * then migrated to this version of geul. Needs no running blog: the command line uses it on a stopped one.
 */
public final class Restore {

    private static final Logger log = LoggerFactory.getLogger(Restore.class);

    private final DataSource target;
    private final @Nullable Path mediaDir;
    private final @Nullable Path indexDir;

    /**
     * @param mediaDir where media files go back (null where media live in the database)
     * @param indexDir the search index folder, emptied so the blog builds it again on its next start (or null)
     */
    public Restore(DataSource target, @Nullable Path mediaDir, @Nullable Path indexDir) {
        this.target = target;
        this.mediaDir = mediaDir;
        this.indexDir = indexDir;
    }

    /** What a restore put back, with the schema version of the archive and the one now (null where there was none). */
    public record Result(@Nullable String archiveSchemaVersion, @Nullable String schemaVersion, long rows,
                         int mediaFiles) {
    }

    /** Refused: the archive is damaged, or the target already holds a blog. */
    public static final class RestoreRefusedException extends RuntimeException {
        public RestoreRefusedException(String message) {
            super(message);
        }
    }

    public Result restore(Path archive, boolean force) throws IOException, SQLException {
        BackupVerifier.Verification verification = BackupVerifier.verify(archive);
        BackupManifest manifest = verification.manifest();
        if (!verification.ok() || manifest == null) {
            throw new RestoreRefusedException("The archive failed its check: " + verification.problem());
        }
        String newestKnown = newestMigration();
        if (manifest.schemaVersion() != null && newestKnown != null && MigrationVersion.fromVersion(
                manifest.schemaVersion()).compareTo(MigrationVersion.fromVersion(newestKnown)) > 0) {
            throw new RestoreRefusedException("The archive was made by a newer geul (schema " + manifest.schemaVersion()
                    + "; this one knows up to " + newestKnown + "): restore it with that version or a later one");
        }
        try (Connection connection = target.getConnection()) {
            long posts = postsIn(connection);
            if (posts > 0 && !force) {
                throw new RestoreRefusedException("The target database already holds a blog with " + posts
                        + " posts; restore into an empty one, or pass --force to replace it");
            }
            dropEverything(connection);
        }
        migrate(manifest.schemaVersion());
        try (Connection connection = target.getConnection()) {
            load(connection, manifest, archive);
        }
        String current = migrate(null);
        int media = restoreMedia(archive, manifest);
        emptyIndex();
        log.info("Restored {} rows and {} media files from {} (schema {} migrated to {})", manifest.totalRows(),
                media, archive.getFileName(), manifest.schemaVersion(), current);
        return new Result(manifest.schemaVersion(), current, manifest.totalRows(), media);
    }

    private static long postsIn(Connection connection) throws SQLException {
        if (!SchemaCatalog.hasTable(connection, "post")) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from post")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A blog without posts (a fresh start made its admin) or a forced restore: its tables make way. */
    private static void dropEverything(Connection connection) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select 'drop table if exists ' || quote_ident(table_name) || ' cascade'
                     from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
            while (rows.next()) {
                drops.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select 'drop sequence if exists ' || quote_ident(sequencename) || ' cascade'
                     from pg_sequences where schemaname = current_schema()""")) {
            while (rows.next()) {
                drops.add(rows.getString(1));
            }
        }
        // the migrations' own functions (those of triggers), not those an extension brought
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select 'drop ' || case p.prokind when 'p' then 'procedure' else 'function' end
                            || ' if exists ' || p.oid::regprocedure || ' cascade'
                     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                     where n.nspname = current_schema() and p.prokind in ('f', 'p')
                       and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')""")) {
            while (rows.next()) {
                drops.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
    }

    /** Migrates to {@code version}, or to the newest one with null; answers the version reached. */
    private @Nullable String migrate(@Nullable String version) {
        var configuration = Flyway.configure(Restore.class.getClassLoader()).dataSource(target)
                .locations("classpath:db/migration");
        if (version != null) {
            configuration = configuration.target(version);
        }
        Flyway flyway = configuration.load();
        flyway.migrate();
        var applied = flyway.info().current();
        return applied == null ? null : applied.getVersion().getVersion();
    }

    private @Nullable String newestMigration() {
        MigrationVersion newest = null;
        for (var migration : Flyway.configure(Restore.class.getClassLoader()).dataSource(target)
                .locations("classpath:db/migration").load().info().all()) {
            if (migration.getVersion() != null && (newest == null || migration.getVersion().compareTo(newest) > 0)) {
                newest = migration.getVersion();
            }
        }
        return newest == null ? null : newest.getVersion();
    }

    private void load(Connection connection, BackupManifest manifest, Path archive)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
             Statement statement = connection.createStatement()) {
            boolean checksDeferred = skipForeignKeyChecks(connection);
            statement.execute("truncate " + String.join(", ",
                    manifest.tables().stream().map(t -> SchemaCatalog.quoted(t.name())).toList()) + " cascade");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            boolean mediaRowsWithoutContent = manifest.tables().stream().anyMatch(t -> t.name().equals(
                    DatabaseMedia.TABLE) && !t.columns().contains(DatabaseMedia.CONTENT));
            if (mediaRowsWithoutContent) {
                DatabaseMedia.allowRowsWithoutContent(connection);
            }
            for (BackupManifest.Table table : manifest.tables()) {
                try (InputStream rows = zip.getInputStream(zip.getEntry(table.entry()))) {
                    long loaded = copy.copyIn("copy " + SchemaCatalog.quoted(table.name()) + " ("
                            + BackupWriter.columnList(table.columns()) + ") from stdin with (format csv)", rows);
                    if (loaded != table.rows()) {
                        throw new IOException("Table " + table.name() + " took " + loaded + " rows of "
                                + table.rows());
                    }
                }
            }
            if (mediaRowsWithoutContent) {
                DatabaseMedia.restore(connection, zip, manifest);
            }
            for (BackupManifest.SequenceValue sequence : manifest.sequences()) {
                continueSequence(connection, sequence);
            }
            if (checksDeferred) {
                statement.execute("set local session_replication_role = origin");
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Rows of a table that points at itself (a reply under a comment, a category under another) may come in any
     * order, so foreign keys are not checked while loading where the account may say so; the archive came from a
     * database that enforced them. Elsewhere tables still load parents first.
     */
    private static boolean skipForeignKeyChecks(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            return true;
        } catch (SQLException notAllowed) {
            connection.rollback(before);
            log.info("Loading with foreign keys checked (the database account may not defer them): {}",
                    notAllowed.getMessage());
            return false;
        }
    }

    private static void continueSequence(Connection connection, BackupManifest.SequenceValue sequence)
            throws SQLException {
        long highest = sequence.lastValue();
        if (sequence.table() != null && sequence.column() != null) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select coalesce(max(" + SchemaCatalog.quoted(
                         sequence.column()) + "), 0) from " + SchemaCatalog.quoted(sequence.table()))) {
                rows.next();
                highest = Math.max(highest, rows.getLong(1));
            }
        }
        if (highest < 1) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
            statement.setString(1, SchemaCatalog.quoted(sequence.name()));
            statement.setLong(2, highest);
            statement.execute();
        }
    }

    private int restoreMedia(Path archive, BackupManifest manifest) throws IOException {
        List<BackupManifest.Entry> files = manifest.media().stream()
                .filter(m -> m.entry().startsWith("media/")).toList();
        if (files.isEmpty()) {
            return 0;
        }
        if (mediaDir == null) {
            throw new IOException("The archive holds media files but this blog keeps its media in the database");
        }
        Path root = mediaDir.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            for (BackupManifest.Entry media : files) {
                Path file = root.resolve(media.entry().substring("media/".length())).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IOException("A media path outside the media folder: " + media.entry());
                }
                Files.createDirectories(file.getParent());
                ZipEntry entry = zip.getEntry(media.entry());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return files.size();
    }

    private void emptyIndex() throws IOException {
        if (indexDir == null || !Files.isDirectory(indexDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(indexDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
