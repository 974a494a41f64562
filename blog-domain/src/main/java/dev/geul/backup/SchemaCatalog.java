package dev.geul.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/**
 * What the blog's schema holds, read from the database itself so that a table a later version adds is backed up
 * without anyone remembering to list it. Flyway's own history is left out: the archive records its version instead.
 */
final class SchemaCatalog {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaCatalog() {
    }

    /** The schema's tables, each before the tables whose foreign keys point at it. */
    static List<String> tablesInDependencyOrder(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> ?
                order by table_name""")) {
            statement.setString(1, FLYWAY_HISTORY);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint c
                join pg_class child on child.oid = c.conrelid
                join pg_class parent on parent.oid = c.confrelid
                where c.contype = 'f' and child.relnamespace = current_schema()::regnamespace""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                references.computeIfAbsent(rows.getString(1), t -> new LinkedHashSet<>()).add(rows.getString(2));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, references, ordered, new LinkedHashSet<>());
        }
        ordered.retainAll(tables);
        return List.copyOf(ordered);
    }

    private static void visit(String table, Map<String, Set<String>> references, Set<String> ordered,
                              Set<String> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return; // done already, or a cycle (a table pointing at itself): its rows load in one COPY
        }
        for (String parent : references.getOrDefault(table, Set.of())) {
            visit(parent, references, ordered, path);
        }
        ordered.add(table);
    }

    /** The columns a COPY can read and write back (generated columns are computed again on restore). */
    static List<String> copyableColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                order by ordinal_position""")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /** Sequences with the table column they number, if any, and the value they reached. */
    static List<BackupManifest.SequenceValue> sequences(Connection connection) throws SQLException {
        List<BackupManifest.SequenceValue> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select s.sequencename, coalesce(s.last_value, 0), t.relname, a.attname
                from pg_sequences s
                join pg_class sc on sc.relname = s.sequencename and sc.relnamespace = current_schema()::regnamespace
                left join pg_depend d on d.objid = sc.oid and d.classid = 'pg_class'::regclass
                    and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
                left join pg_class t on t.oid = d.refobjid
                left join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                where s.schemaname = current_schema()
                order by s.sequencename""");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sequences.add(new BackupManifest.SequenceValue(rows.getString(1), rows.getLong(2),
                        rows.getString(3), rows.getString(4)));
            }
        }
        return sequences;
    }

    /** The highest Flyway version applied here, or null on a database Flyway never touched. */
    static @Nullable String schemaVersion(Connection connection) throws SQLException {
        if (!hasTable(connection, FLYWAY_HISTORY)) {
            return null;
        }
        MigrationVersion highest = null;
        try (PreparedStatement statement = connection.prepareStatement(
                "select version from " + FLYWAY_HISTORY + " where success and version is not null");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (highest == null || version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
        }
        return highest == null ? null : highest.getVersion();
    }

    static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select 1 from information_schema.tables
                where table_schema = current_schema() and table_name = ?""")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A name quoted for SQL, whatever characters it holds. */
    static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
