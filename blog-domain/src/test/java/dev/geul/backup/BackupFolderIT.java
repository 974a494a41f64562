package dev.geul.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.FullDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One backup at a time across every node of a blog, and a failed backup never passes for a good one: whether the
 * database goes away, the folder cannot be written, the disk fills up or the archive does not read back, it is
 * logged at ERROR, answered with its reason, and leaves no archive behind.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BackupFolderIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    PostEditor posts;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        fixtures.resetDatabase();
        fixtures.admin();
    }

    @Test
    void while_another_node_backs_up_this_one_leaves_it() throws SQLException {
        BackupFolder backups = new BackupFolder(folder, 7);
        try (Connection otherNode = dataSource.getConnection();
             var lock = otherNode.createStatement()) {
            lock.execute("select pg_advisory_lock(hashtext('geul.backup'))");

            assertThatThrownBy(() -> backups.make(dataSource, null, Instant.now()))
                    .isInstanceOf(BackupFolder.BackupBusyException.class);
            assertThat(backups.list()).isEmpty();

            lock.execute("select pg_advisory_unlock(hashtext('geul.backup'))");
        }
        assertThat(backups.make(dataSource, null, Instant.now()).verified()).isTrue();
    }

    @Test
    void a_backup_that_fails_is_listed_with_its_reason_and_the_last_good_one_stays_the_newest() {
        BackupFolder backups = new BackupFolder(folder, 1);
        BackupSummary good = backups.make(dataSource, null, Instant.parse("2026-12-06T03:30:00Z"));

        BackupSummary failed = backups.make(databaseGoingAwayMidBackup(), null,
                Instant.parse("2026-12-07T03:30:00Z"));

        assertThat(failed.verified()).isFalse();
        assertThat(failed.failure()).isEqualTo(BackupFailure.DATABASE_UNREACHABLE);
        assertThat(failed.problem()).contains("Writing the archive failed");
        assertThat(backups.list()).extracting(BackupSummary::file).containsExactly(failed.file(), good.file());
        assertThat(backups.newestVerified()).hasValueSatisfying(
                newest -> assertThat(newest.file()).isEqualTo(good.file()));
        assertThat(folder.resolve(failed.file())).doesNotExist();
    }

    @Test
    void an_archive_that_does_not_read_back_whole_is_deleted_and_never_taken_for_the_newest(CapturedOutput log)
            throws IOException {
        BackupSummary good = new BackupFolder(folder, 7).make(dataSource, null, Instant.parse("2026-12-06T03:30:00Z"));
        // the disk gives back other bytes than were written: one byte in the middle of the archive flips
        BackupFolder damaging = new BackupFolder(folder, 7, archive -> {
            flipByteInTheMiddle(archive);
            return BackupVerifier.verify(archive);
        });

        BackupSummary failed = damaging.make(dataSource, null, Instant.parse("2026-12-07T03:30:00Z"));

        assertThat(failed.verified()).isFalse();
        assertThat(failed.failure()).isEqualTo(BackupFailure.NOT_VERIFIED);
        assertThat(failed.problem()).contains("did not read back whole");
        assertThat(folder.resolve(failed.file())).doesNotExist();
        assertThat(unfinishedArchives()).isEmpty();
        assertThat(damaging.list()).extracting(BackupSummary::file).containsExactly(failed.file(), good.file());
        assertThat(damaging.newestVerified()).map(BackupSummary::file).hasValue(good.file());
        assertThat(log.getOut()).contains("BACKUP FAILED: " + failed.file());
    }

    @Test
    void a_backup_folder_that_cannot_be_made_fails_the_backup_with_its_reason(CapturedOutput log) throws IOException {
        // a file stands where the folder should be: nothing can be written there, not even as root
        Path inTheWay = Files.writeString(folder.resolve("not-a-folder"), "a file");
        BackupFolder backups = new BackupFolder(inTheWay.resolve("backups"), 7);

        BackupSummary failed = backups.make(dataSource, null, Instant.parse("2026-12-07T03:30:00Z"));

        assertThat(failed.verified()).isFalse();
        assertThat(failed.failure()).isEqualTo(BackupFailure.FOLDER_NOT_WRITABLE);
        assertThat(failed.problem()).contains("The backup folder cannot be written");
        assertThat(backups.list()).isEmpty();
        assertThat(backups.newestVerified()).isEmpty();
        assertThat(log.getOut()).contains("BACKUP FAILED");
    }

    @Test
    void a_disk_that_fills_up_mid_backup_leaves_no_archive_and_the_next_backup_succeeds(CapturedOutput log)
            throws IOException {
        var alice = fixtures.author("alice");
        // a post that does not compress away, so the disk fills up while its table is copied out of the database
        byte[] noise = new byte[100_000];
        new java.util.Random(7).nextBytes(noise);
        String random = java.util.HexFormat.of().formatHex(noise);
        BlogFixtures.as(alice, () -> posts.create(PostDraft.of("긴 글", "<p>" + random + "</p>")));
        FullDisk disk = new FullDisk();
        BackupFolder backups = new BackupFolder(disk.wrap(folder), 7);
        BackupSummary good = backups.make(dataSource, null, Instant.parse("2026-12-06T03:30:00Z"));

        disk.fill(good.size() / 4);
        BackupSummary failed = backups.make(dataSource, null, Instant.parse("2026-12-07T03:30:00Z"));

        assertThat(failed.verified()).isFalse();
        assertThat(failed.failure()).isEqualTo(BackupFailure.DISK_FULL);
        assertThat(failed.problem()).contains(FullDisk.NO_SPACE);
        assertThat(folder.resolve(failed.file())).doesNotExist();
        assertThat(unfinishedArchives()).isEmpty();
        assertThat(backups.newestVerified()).map(BackupSummary::file).hasValue(good.file());
        assertThat(log.getOut()).contains("BACKUP FAILED: " + failed.file());

        disk.free();
        BackupSummary next = backups.make(dataSource, null, Instant.parse("2026-12-08T03:30:00Z"));
        assertThat(next.verified()).as(next.problem()).isTrue();
        assertThat(backups.newestVerified()).map(BackupSummary::file).hasValue(next.file());
    }

    private List<Path> unfinishedArchives() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static void flipByteInTheMiddle(Path archive) {
        try (FileChannel file = FileChannel.open(archive, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long middle = file.size() / 2;
            ByteBuffer one = ByteBuffer.allocate(1);
            file.read(one, middle);
            one.put(0, (byte) (one.get(0) ^ 0xFF)).rewind();
            file.write(one, middle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lends the backup's lock connection, then fails the connection the tables are read through. */
    private DataSource databaseGoingAwayMidBackup() {
        AtomicInteger connections = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && connections.incrementAndGet() > 1) {
                        throw new SQLException("the database restarted");
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
