package dev.geul.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.geul.base.ConflictException;
import dev.geul.base.DiskFull;
import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of archives: makes one (under a hidden temporary name, given its own only once it read back whole),
 * records the outcome beside it ({@code <archive>.check}) and deletes the oldest beyond the number kept. A failed
 * backup leaves no archive, only its reason for an admin to see; it is never taken for a good one, and never makes
 * a good one go.
 */
public final class BackupFolder {

    private static final Logger log = LoggerFactory.getLogger(BackupFolder.class);
    private static final String PREFIX = "geul-backup-";
    private static final String ARCHIVE = ".zip";
    private static final String CHECK = ".check";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final int keep;
    private final ArchiveCheck check;

    public BackupFolder(Path dir, int keep) {
        this(dir, keep, BackupVerifier::verify);
    }

    BackupFolder(Path dir, int keep, ArchiveCheck check) {
        this.dir = dir;
        this.keep = keep;
        this.check = check;
    }

    /** Reads a written archive back against its manifest (the verifier; a test may damage the file first). */
    @FunctionalInterface
    interface ArchiveCheck {
        BackupVerifier.Verification verify(Path archive);
    }

    public Path dir() {
        return dir;
    }

    /** Another backup is being made (on this node or another sharing the database). */
    public static final class BackupBusyException extends ConflictException {
        /** The message's translation key. */
        public static final String KEY = "backups.busy";

        BackupBusyException() {
            super(KEY, null, "A backup is being made already; try again when it is done");
        }
    }

    /**
     * Backs the blog up into this folder, unless a backup is running already anywhere on the blog's database. A
     * backup that fails (the folder cannot be written, the disk fills up, the database goes away, the archive does
     * not read back whole) is answered as failed with its reason, logged at ERROR, recorded beside the archives
     * where the folder allows it, and leaves no archive behind.
     *
     * @param mediaDir the media folder to include (null where media live in the database)
     * @throws BackupBusyException when another backup holds the blog's backup lock
     */
    public BackupSummary make(DataSource dataSource, @Nullable Path mediaDir, Instant now) {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock, "pg_try_advisory_lock")) {
                throw new BackupBusyException();
            }
            try {
                return makeLocked(dataSource, mediaDir, now);
            } finally {
                tryLock(lock, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            return failed(dir.resolve(PREFIX + NAME_TIME.format(now) + ARCHIVE), now,
                    BackupFailure.DATABASE_UNREACHABLE, "The database cannot be reached for a backup: " + e.getMessage());
        }
    }

    private static boolean tryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + function + "(hashtext('geul.backup'))"); ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private BackupSummary makeLocked(DataSource dataSource, @Nullable Path mediaDir, Instant now) {
        Path archive = dir.resolve(PREFIX + NAME_TIME.format(now) + ARCHIVE);
        try {
            Files.createDirectories(dir);
            archive = freeName(now);
            if (!Files.isWritable(dir)) {
                throw new java.nio.file.AccessDeniedException(dir.toString());
            }
        } catch (IOException | RuntimeException e) {
            return failed(archive, now, DiskFull.causes(e) ? BackupFailure.DISK_FULL
                    : BackupFailure.FOLDER_NOT_WRITABLE, "The backup folder cannot be written: " + e);
        }
        // written under a hidden name and given its own only once it read back whole: an archive with a backup's
        // name is always a complete one, whatever happens meanwhile (a full disk, a crash, a database going away)
        Path partial = dir.resolve("." + archive.getFileName() + ".part");
        BackupVerifier.Verification verification;
        BackupManifest verified;
        try {
            new BackupWriter(dataSource, mediaDir).write(partial, now);
            verification = check.verify(partial);
            verified = verification.ok() ? verification.manifest() : null;
            if (verified != null) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            deletePartial(partial);
            return failed(archive, now, BackupFailure.ofWriting(e), "Writing the archive failed: " + e);
        }
        if (verified == null) {
            deletePartial(partial);
            return failed(archive, now, BackupFailure.NOT_VERIFIED,
                    "The archive did not read back whole, so it was deleted: " + verification.problem());
        }
        long rows = verified.totalRows();
        writeCheck(archive, null, null, rows);
        log.info("Backup {} written and verified ({} rows)", archive.getFileName(), rows);
        deleteBeyondKept();
        return summaryOf(checkOf(archive)).orElseThrow();
    }

    /** Logs the failure loudly, records it beside the archives where it can, and answers it. */
    private BackupSummary failed(Path archive, Instant now, BackupFailure failure, String problem) {
        log.error("BACKUP FAILED: {} was not made: {}", archive.getFileName(), problem);
        if (Files.isDirectory(dir)) {
            writeCheck(archive, failure, problem, 0);
        }
        return summaryOf(checkOf(archive)).filter(recorded -> !recorded.verified())
                .orElseGet(() -> BackupSummary.failed(archive.getFileName().toString(), now, failure, problem));
    }

    private static void deletePartial(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            // a hidden name, never listed nor restored; the next backup in the folder does not reuse it
            log.warn("The unfinished archive {} could not be deleted: {}", partial, e.getMessage());
        }
    }

    private Path freeName(Instant now) {
        String stamp = NAME_TIME.format(now);
        Path archive = dir.resolve(PREFIX + stamp + ARCHIVE);
        for (int n = 2; Files.exists(archive) || Files.exists(checkOf(archive)); n++) {
            archive = dir.resolve(PREFIX + stamp + "-" + n + ARCHIVE);
        }
        return archive;
    }

    private static Path checkOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + CHECK);
    }

    private static void writeCheck(Path archive, @Nullable BackupFailure failure, @Nullable String problem,
                                   long rows) {
        Properties check = new Properties();
        check.setProperty("status", failure == null ? "ok" : "failed");
        check.setProperty("rows", Long.toString(rows));
        if (failure != null) {
            check.setProperty("failure", failure.name());
        }
        if (problem != null) {
            check.setProperty("problem", problem);
        }
        Path file = checkOf(archive);
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                check.store(out, null);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.error("BACKUP FAILED: the outcome of {} cannot be recorded: {}", archive.getFileName(), e.toString());
            deletePartial(partial);
        }
    }

    /** The archives, newest first, each with whether it verified. */
    public List<BackupSummary> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupSummary> summaries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path check : files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(ARCHIVE + CHECK);
            }).toList()) {
                String name = check.getFileName().toString();
                summaryOf(check.resolveSibling(name.substring(0, name.length() - CHECK.length())), check)
                        .ifPresent(summaries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder cannot be read: " + dir, e);
        }
        summaries.sort(Comparator.comparing(BackupSummary::file).reversed());
        return summaries;
    }

    /** The newest backup that verified, if any. */
    public Optional<BackupSummary> newestVerified() {
        return list().stream().filter(BackupSummary::verified).findFirst();
    }

    private Optional<BackupSummary> summaryOf(Path check) {
        String name = check.getFileName().toString();
        return summaryOf(check.resolveSibling(name.substring(0, name.length() - CHECK.length())), check);
    }

    private static Optional<BackupSummary> summaryOf(Path archive, Path check) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(check, StandardCharsets.UTF_8)) {
            properties.load(in);
            boolean exists = Files.isRegularFile(archive);
            long size = exists ? Files.size(archive) : 0;
            Instant madeAt = Files.getLastModifiedTime(exists ? archive : check).toInstant();
            boolean verified = exists && "ok".equals(properties.getProperty("status"));
            String problem = verified ? null : properties.getProperty("problem", "The archive is missing");
            BackupFailure failure = verified ? null : failureOf(properties.getProperty("failure"));
            return Optional.of(new BackupSummary(archive.getFileName().toString(), size, madeAt, verified, problem,
                    Long.parseLong(properties.getProperty("rows", "0")), failure));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BackupFailure failureOf(@Nullable String name) {
        try {
            return name == null ? BackupFailure.WRITE_FAILED : BackupFailure.valueOf(name);
        } catch (IllegalArgumentException e) {
            return BackupFailure.WRITE_FAILED;
        }
    }

    /** Keeps the newest {@code keep} verified archives and the failed ones made since the oldest of them. */
    private void deleteBeyondKept() {
        List<BackupSummary> all = list();
        int verified = 0;
        for (BackupSummary summary : all) {
            if (summary.verified()) {
                verified++;
            }
            if (verified > keep || (verified == keep && !summary.verified())) {
                delete(summary.file());
            }
        }
    }

    private void delete(String file) {
        try {
            Path archive = dir.resolve(file);
            Files.deleteIfExists(archive);
            Files.deleteIfExists(checkOf(archive));
            log.info("Deleted the old backup {}", file);
        } catch (IOException e) {
            log.warn("The old backup {} could not be deleted: {}", file, e.getMessage());
        }
    }
}
