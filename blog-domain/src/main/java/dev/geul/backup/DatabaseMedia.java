package dev.geul.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Media kept in the database ({@code media_file}, a file a row, up to 100 MB): their rows go through COPY like any
 * table's but without the content, which goes into entries of its own, read a slice at a time. A COPY would hand
 * over each file whole (twice its size as text) and so hold the largest file in memory.
 */
final class DatabaseMedia {

    static final String TABLE = "media_file";
    static final String CONTENT = "content";
    static final String PREFIX = "database-media/";
    private static final int SLICE = 1024 * 1024;

    private DatabaseMedia() {
    }

    static boolean holdsContent(String table, List<String> columns) {
        return table.equals(TABLE) && columns.contains(CONTENT);
    }

    /** Writes every file's content as {@code database-media/<path>}, in the transaction's snapshot. */
    static List<BackupManifest.Entry> write(Connection connection, ZipOutputStream zip)
            throws SQLException, IOException {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select path from media_file order by path")) {
            while (rows.next()) {
                paths.add(rows.getString(1));
            }
        }
        try (PreparedStatement slice = connection.prepareStatement(
                "select substring(content from ?::int for ?::int) from media_file where path = ?")) {
            for (String path : paths) {
                String name = PREFIX + path;
                zip.putNextEntry(new ZipEntry(name));
                EntryDigest digest = new EntryDigest();
                try (OutputStream out = digest.passingTo(zip)) {
                    for (long from = 1; ; from += SLICE) {
                        slice.setLong(1, from);
                        slice.setInt(2, SLICE);
                        slice.setString(3, path);
                        byte[] bytes;
                        try (ResultSet rows = slice.executeQuery()) {
                            bytes = rows.next() ? rows.getBytes(1) : null;
                        }
                        if (bytes == null || bytes.length == 0) {
                            break;
                        }
                        out.write(bytes);
                        if (bytes.length < SLICE) {
                            break;
                        }
                    }
                }
                zip.closeEntry();
                entries.add(new BackupManifest.Entry(name, digest.bytes(), digest.sha256()));
            }
        }
        return entries;
    }

    /** Lets the rows load before their content (which then streams into them, one file at a time). */
    static void allowRowsWithoutContent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table media_file alter column content drop not null");
        }
    }

    /** Streams each file's content from the archive into its row, and asks for content again. */
    static void restore(Connection connection, ZipFile zip, BackupManifest manifest)
            throws SQLException, IOException {
        try (PreparedStatement update = connection.prepareStatement(
                "update media_file set content = ? where path = ?")) {
            for (BackupManifest.Entry media : manifest.media()) {
                if (!media.entry().startsWith(PREFIX)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(zip.getEntry(media.entry()))) {
                    update.setBinaryStream(1, in, media.bytes());
                    update.setString(2, media.entry().substring(PREFIX.length()));
                    if (update.executeUpdate() != 1) {
                        throw new IOException("No row for the media file " + media.entry());
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table media_file alter column content set not null");
        }
    }
}
