package dev.geul.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an archive holds, written as {@code manifest.json} at its end: the schema version the tables belong to,
 * every table's columns and row count, the value each sequence reached, and a SHA-256 checksum of every entry.
 */
public record BackupManifest(int format, @Nullable String schemaVersion, Instant createdAt, List<Table> tables,
                             List<SequenceValue> sequences, List<Entry> media) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    /** A table's rows, as CSV in the entry {@code tables/<name>.csv}. */
    public record Table(String name, List<String> columns, long rows, long bytes, String sha256) {

        String entry() {
            return "tables/" + name + ".csv";
        }
    }

    /** A sequence and the column it numbers (null for a sequence no column owns). */
    public record SequenceValue(String name, long lastValue, @Nullable String table, @Nullable String column) {
    }

    /** A media file, under {@code media/} with its served path. */
    public record Entry(String entry, long bytes, String sha256) {
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public long rowsOf(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).mapToLong(Table::rows).sum();
    }

    String toJson() {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("format", (long) format);
        root.put("schemaVersion", schemaVersion);
        root.put("createdAt", createdAt.toString());
        root.put("tables", tables.stream().map(t -> (Object) ordered(
                "name", t.name(), "columns", t.columns(), "rows", t.rows(), "bytes", t.bytes(),
                "sha256", t.sha256())).toList());
        root.put("sequences", sequences.stream().map(s -> (Object) ordered(
                "name", s.name(), "lastValue", s.lastValue(), "table", s.table(), "column", s.column())).toList());
        root.put("media", media.stream().map(m -> (Object) ordered(
                "entry", m.entry(), "bytes", m.bytes(), "sha256", m.sha256())).toList());
        return MiniJson.write(root);
    }

    /** Reads a manifest back; one that is not valid JSON or lacks a value it must have is refused. */
    static BackupManifest parse(String json) {
        Map<?, ?> root = object(MiniJson.parse(json), "the manifest");
        List<Table> tables = new ArrayList<>();
        for (Object item : list(root, "tables")) {
            Map<?, ?> t = object(item, "a table");
            tables.add(new Table(string(t, "name"), list(t, "columns").stream().map(c -> text(c, "a column"))
                    .toList(), number(t, "rows"), number(t, "bytes"), string(t, "sha256")));
        }
        List<SequenceValue> sequences = new ArrayList<>();
        for (Object item : list(root, "sequences")) {
            Map<?, ?> s = object(item, "a sequence");
            sequences.add(new SequenceValue(string(s, "name"), number(s, "lastValue"), optionalString(s, "table"),
                    optionalString(s, "column")));
        }
        List<Entry> media = new ArrayList<>();
        for (Object item : list(root, "media")) {
            Map<?, ?> m = object(item, "a media file");
            media.add(new Entry(string(m, "entry"), number(m, "bytes"), string(m, "sha256")));
        }
        return new BackupManifest((int) number(root, "format"), optionalString(root, "schemaVersion"),
                Instant.parse(string(root, "createdAt")), tables, sequences, media);
    }

    private static Map<?, ?> object(@Nullable Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw invalid(what + " is not an object");
    }

    private static List<?> list(Map<?, ?> object, String key) {
        if (object.get(key) instanceof List<?> list) {
            return list;
        }
        throw invalid("\"" + key + "\" is missing or not a list");
    }

    private static long number(Map<?, ?> object, String key) {
        if (object.get(key) instanceof Long number) {
            return number;
        }
        throw invalid("\"" + key + "\" is missing or not a whole number");
    }

    private static String string(Map<?, ?> object, String key) {
        return text(object.get(key), "\"" + key + "\"");
    }

    private static @Nullable String optionalString(Map<?, ?> object, String key) {
        Object value = object.get(key);
        return value == null ? null : text(value, "\"" + key + "\"");
    }

    private static String text(@Nullable Object value, String what) {
        if (value instanceof String text) {
            return text;
        }
        throw invalid(what + " is missing or not a string");
    }

    private static IllegalArgumentException invalid(String why) {
        return new IllegalArgumentException("Not a valid manifest: " + why);
    }

    private static Map<String, @Nullable Object> ordered(@Nullable Object... keysAndValues) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
