package dev.geul.base.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may sign in to the blog's own PostgreSQL server: only a client that knows the password kept beside its data,
 * over loopback; nothing without it, on any address or socket.
 *
 * <p>Data folders made by earlier versions let anyone on the machine in without a password ({@code trust}). On
 * their first start with this version the superuser gets its password while the server is still stopped (in
 * PostgreSQL's single-user mode, which opens no port), and only then does the server start with password checks:
 * there is no moment at which the server listens without them.
 */
final class ClusterAccess {

    static final String HBA_FILE = "pg_hba.conf";
    static final String SCRAM = "scram-sha-256";
    /** Every connection, local or over loopback, proves the password; nothing else is let in. */
    static final String HBA = """
            # Written by geul at every start: every client proves the superuser's password (kept beside this
            # data folder, readable by the blog's own account only). Changes here are replaced.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(ClusterAccess.class);
    private static final long SINGLE_USER_TIMEOUT_SECONDS = 300;

    private ClusterAccess() {
    }

    /** Whether the cluster's access rules are other than geul's own (e.g. {@code trust} from an earlier version). */
    static boolean rulesDiffer(Path cluster) throws IOException {
        Path hba = cluster.resolve(HBA_FILE);
        return !Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
    }

    static void writeRules(Path cluster) throws IOException {
        PrivateFiles.writeOwnerOnly(cluster.resolve(HBA_FILE), HBA);
    }

    /**
     * Sets the superuser's password on a stopped cluster, through single-user mode: the password goes through
     * standard input only, never on a command line another account could list.
     */
    static void setSuperuserPassword(Path postgres, Path cluster, String user, String password) throws IOException {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("The database password may hold letters, digits, - and _ only");
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // like the embedded library's own start as root: PostgreSQL refuses to run as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.toString(), "--single", "-D", cluster.toString(),
                "-c", "password_encryption=" + SCRAM, "-c", "unix_socket_directories=", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream input = process.getOutputStream()) {
            input.write(("ALTER ROLE \"" + user + "\" WITH PASSWORD '" + password + "';\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(SINGLE_USER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Setting the database password did not finish in "
                        + SINGLE_USER_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while setting the database password", e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IOException("Could not set the database password (exit " + process.exitValue() + "): "
                    + output.replace(password, "********"));
        }
        log.info("The database in {} now requires the password kept beside it", cluster);
    }
}
