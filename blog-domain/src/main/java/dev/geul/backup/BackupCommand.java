package dev.geul.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.geul.base.database.EmbeddedPostgresServer;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * {@code backup} and {@code restore ARCHIVE [--force]} on the command line, without the web application: against
 * {@code SPRING_DATASOURCE_URL} when it is set, else the data folder's own database (the running blog's server when
 * the blog runs, else one started for the command). A restore wants the blog stopped.
 *
 * <p>Settings come from the same environment variables as the blog's: {@code BLOG_DATA_DIR},
 * {@code SPRING_DATASOURCE_URL} (with {@code _USERNAME} and {@code _PASSWORD}), {@code BLOG_BACKUP_DIR},
 * {@code BLOG_BACKUP_KEEP}, {@code BLOG_MEDIA_STORAGE}.
 */
public final class BackupCommand {

    private final Function<String, @Nullable String> environment;
    private final PrintStream out;

    BackupCommand(Function<String, @Nullable String> environment, PrintStream out) {
        this.environment = environment;
        this.out = out;
    }

    /** Whether these program arguments ask for a backup or a restore rather than the blog. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and answers the process's exit status: 0 done, 1 failed, 2 misused. */
    public static int run(String[] args) {
        quietLibraries();
        return new BackupCommand(System::getenv, System.out).execute(Arrays.asList(args));
    }

    /** Without Spring Boot's logging setup the logging library tells everything; the command says what it does. */
    private static void quietLibraries() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            context.getLogger("dev.geul").setLevel(Level.INFO);
            context.getLogger("org.flywaydb.core.internal.command.DbMigrate").setLevel(Level.INFO);
        }
    }

    int execute(List<String> args) {
        Path dataDir = Path.of(setting("BLOG_DATA_DIR", "./data")).toAbsolutePath().normalize();
        boolean mediaInDatabase = "database".equalsIgnoreCase(setting("BLOG_MEDIA_STORAGE", "filesystem"));
        Path mediaDir = mediaInDatabase ? null : dataDir.resolve("media");
        try {
            if (args.getFirst().equals("backup")) {
                return backUp(dataDir, mediaDir);
            }
            List<String> rest = args.subList(1, args.size());
            boolean force = rest.contains("--force");
            List<String> archives = rest.stream().filter(a -> !a.equals("--force")).toList();
            if (archives.size() != 1) {
                out.println("usage: restore ARCHIVE [--force]");
                return 2;
            }
            return restore(dataDir, mediaDir, Path.of(archives.getFirst()), force);
        } catch (Restore.RestoreRefusedException | BackupFolder.BackupBusyException e) {
            out.println("geul: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            out.println("geul: " + args.getFirst() + " failed: " + e);
            return 1;
        }
    }

    private int backUp(Path dataDir, @Nullable Path mediaDir) throws Exception {
        String dir = setting("BLOG_BACKUP_DIR", "");
        BackupFolder folder = new BackupFolder(dir.isBlank() ? dataDir.resolve("backups") : Path.of(dir),
                Integer.parseInt(setting("BLOG_BACKUP_KEEP", "7")));
        try (Database database = open(dataDir, false)) {
            BackupSummary summary = folder.make(database.dataSource(), mediaDir, Instant.now());
            Path archive = folder.dir().resolve(summary.file()).toAbsolutePath();
            if (!summary.verified()) {
                out.println("geul: BACKUP FAILED: " + archive + ": " + summary.problem());
                return 1;
            }
            out.println("geul: backup written and verified: " + archive + " (" + summary.size() + " bytes, "
                    + summary.rows() + " rows)");
            return 0;
        }
    }

    private int restore(Path dataDir, @Nullable Path mediaDir, Path archive, boolean force) throws Exception {
        if (!Files.isRegularFile(archive)) {
            out.println("geul: no archive at " + archive.toAbsolutePath());
            return 1;
        }
        try (Database database = open(dataDir, true)) {
            Restore.Result result = new Restore(database.dataSource(), mediaDir, dataDir.resolve("index"))
                    .restore(archive, force);
            out.println("geul: restored " + result.rows() + " rows and " + result.mediaFiles() + " media files"
                    + " (schema " + result.archiveSchemaVersion() + ", now " + result.schemaVersion() + ")."
                    + " The search index is rebuilt when the blog starts.");
            return 0;
        }
    }

    private record Database(DataSource dataSource, @Nullable EmbeddedPostgresServer startedHere)
            implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (startedHere != null) {
                startedHere.close();
            }
        }
    }

    private Database open(Path dataDir, boolean mustBeStopped) throws Exception {
        String url = setting("SPRING_DATASOURCE_URL", "");
        if (!url.isBlank()) {
            return new Database(dataSource(url, setting("SPRING_DATASOURCE_USERNAME", ""),
                    setting("SPRING_DATASOURCE_PASSWORD", "")), null);
        }
        Path cluster = dataDir.resolve("postgres");
        Optional<EmbeddedPostgresServer.RunningServer> running = EmbeddedPostgresServer.findRunning(cluster);
        if (running.isPresent()) {
            if (mustBeStopped) {
                throw new Restore.RestoreRefusedException("The blog in " + dataDir
                        + " is running: stop it before restoring into it");
            }
            return new Database(dataSource(running.get().jdbcUrl(), EmbeddedPostgresServer.USER,
                    running.get().password()), null);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(cluster);
        return new Database(dataSource(server.jdbcUrl(), EmbeddedPostgresServer.USER, server.password()), server);
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        if (!user.isBlank()) {
            dataSource.setUser(user);
        }
        if (!password.isBlank()) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    private String setting(String name, String fallback) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
