package dev.geul.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an archive holds, written as {@code manifest.json} at its end: the schema version the tables belong to,
 * every table's columns and row count, the value each sequence reached, and a SHA-256 checksum of every entry.
 */
public record BackupManifest(int format, String schemaVersion, Instant createdAt, List<Table> tables,
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
    public record SequenceValue(String name, long lastValue, String table, String column) {
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
        Map<String, Object> root = new LinkedHashMap<>();
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

    @SuppressWarnings("unchecked")
    static BackupManifest parse(String json) {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
        List<Table> tables = new ArrayList<>();
        for (Object item : (List<Object>) root.get("tables")) {
            Map<String, Object> t = (Map<String, Object>) item;
            tables.add(new Table((String) t.get("name"), ((List<Object>) t.get("columns")).stream()
                    .map(String.class::cast).toList(), (Long) t.get("rows"), (Long) t.get("bytes"),
                    (String) t.get("sha256")));
        }
        List<SequenceValue> sequences = new ArrayList<>();
        for (Object item : (List<Object>) root.get("sequences")) {
            Map<String, Object> s = (Map<String, Object>) item;
            sequences.add(new SequenceValue((String) s.get("name"), (Long) s.get("lastValue"),
                    (String) s.get("table"), (String) s.get("column")));
        }
        List<Entry> media = new ArrayList<>();
        for (Object item : (List<Object>) root.get("media")) {
            Map<String, Object> m = (Map<String, Object>) item;
            media.add(new Entry((String) m.get("entry"), (Long) m.get("bytes"), (String) m.get("sha256")));
        }
        return new BackupManifest(((Long) root.get("format")).intValue(), (String) root.get("schemaVersion"),
                Instant.parse((String) root.get("createdAt")), tables, sequences, media);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
