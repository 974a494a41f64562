package dev.geul.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one archive of the whole blog: every table of the schema as CSV from {@code COPY ... TO STDOUT}, all read
 * in one repeatable-read, read-only transaction (one snapshot, while readers and writers carry on), then the media
 * files of the data folder, then the manifest. Rows and files stream straight into the compressed archive.
 */
final class BackupWriter {

    private final DataSource dataSource;
    private final @Nullable Path mediaDir;

    /** @param mediaDir the folder of media files, or null where media live in the database (a table like others) */
    BackupWriter(DataSource dataSource, @Nullable Path mediaDir) {
        this.dataSource = dataSource;
        this.mediaDir = mediaDir;
    }

    BackupManifest write(Path archive, Instant now) throws IOException, SQLException {
        BackupManifest written;
        try (OutputStream file = Files.newOutputStream(archive);
             ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            zip.setLevel(6);
            BackupManifest manifest;
            try (Connection connection = dataSource.getConnection()) {
                manifest = writeTables(connection, zip, now);
            }
            List<BackupManifest.Entry> media = new ArrayList<>(manifest.media());
            media.addAll(writeMedia(zip));
            manifest = new BackupManifest(manifest.format(), manifest.schemaVersion(), manifest.createdAt(),
                    manifest.tables(), manifest.sequences(), media);
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            file.flush();
            written = manifest;
        }
        try (var channel = java.nio.channels.FileChannel.open(archive, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return written;
    }

    private BackupManifest writeTables(Connection connection, ZipOutputStream zip, Instant now)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select 1"); // takes the snapshot every table below is read in
            }
            String schemaVersion = SchemaCatalog.schemaVersion(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.Table> tables = new ArrayList<>();
            List<BackupManifest.Entry> databaseMedia = new ArrayList<>();
            for (String table : SchemaCatalog.tablesInDependencyOrder(connection)) {
                List<String> columns = SchemaCatalog.copyableColumns(connection, table);
                boolean mediaContent = DatabaseMedia.holdsContent(table, columns);
                if (mediaContent) {
                    columns = columns.stream().filter(c -> !c.equals(DatabaseMedia.CONTENT)).toList();
                }
                BackupManifest.Table pending = new BackupManifest.Table(table, columns, 0, 0, "");
                zip.putNextEntry(new ZipEntry(pending.entry()));
                EntryDigest digest = new EntryDigest();
                try (OutputStream out = digest.passingTo(zip)) {
                    long rows = copy.copyOut("copy " + SchemaCatalog.quoted(table) + " (" + columnList(columns)
                            + ") to stdout with (format csv)", out);
                    if (rows != digest.csvRows()) {
                        throw new IOException("Table " + table + " gave " + rows + " rows but " + digest.csvRows()
                                + " lines were counted");
                    }
                }
                zip.closeEntry();
                tables.add(new BackupManifest.Table(table, columns, digest.csvRows(), digest.bytes(),
                        digest.sha256()));
                if (mediaContent) {
                    databaseMedia.addAll(DatabaseMedia.write(connection, zip));
                }
            }
            List<BackupManifest.SequenceValue> sequences = SchemaCatalog.sequences(connection);
            connection.commit();
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
            return new BackupManifest(BackupManifest.FORMAT, schemaVersion, now, tables, sequences, databaseMedia);
        } catch (SQLException | IOException | RuntimeException e) {
            // a COPY broken off (a full disk under the archive) can leave the connection out of step with the
            // server: it is dropped rather than handed back to the pool for the next request (the server rolls the
            // snapshot's transaction back), and whatever it says on the way out does not hide why the backup failed
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException dropping) {
                e.addSuppressed(dropping);
            }
            throw e;
        }
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SchemaCatalog::quoted).toList());
    }

    private List<BackupManifest.Entry> writeMedia(ZipOutputStream zip) throws IOException {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        if (mediaDir == null || !Files.isDirectory(mediaDir)) {
            return entries;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(mediaDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = "media/" + mediaDir.relativize(file).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry(name));
            EntryDigest digest = new EntryDigest();
            try (InputStream in = Files.newInputStream(file); OutputStream out = digest.passingTo(zip)) {
                in.transferTo(out);
            }
            zip.closeEntry();
            entries.add(new BackupManifest.Entry(name, digest.bytes(), digest.sha256()));
        }
        return entries;
    }

    static String readManifest(Path archive) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                throw new IOException("The archive has no " + BackupManifest.ENTRY);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(256 * 1024 * 1024), StandardCharsets.UTF_8);
            }
        }
    }
}
