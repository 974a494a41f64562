package dev.geul.backup;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One backup at a time across every node of a blog, and a failed backup never passes for a good one. */
@SpringBootTest
class BackupFolderIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    BlogFixtures fixtures;

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
        assertThat(failed.problem()).contains("Writing the archive failed");
        assertThat(backups.list()).extracting(BackupSummary::file).containsExactly(failed.file(), good.file());
        assertThat(backups.newestVerified()).hasValueSatisfying(
                newest -> assertThat(newest.file()).isEqualTo(good.file()));
        assertThat(folder.resolve(failed.file())).doesNotExist();
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
