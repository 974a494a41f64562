package dev.geul.backup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupManifestTest {

    @Test
    void a_manifest_reads_back_as_it_was_written_whatever_its_names_hold() {
        BackupManifest manifest = new BackupManifest(1, "12.7", Instant.parse("2026-12-07T03:30:00Z"),
                List.of(new BackupManifest.Table("post", List.of("id", "title \"quoted\"\\", "본문\n"), 3, 120, "ab")),
                List.of(new BackupManifest.SequenceValue("post_id_seq", 150, "post", "id"),
                        new BackupManifest.SequenceValue("loose_seq", 0, null, null)),
                List.of(new BackupManifest.Entry("media/2026/12/사진.png", 42, "cd")));

        assertThat(BackupManifest.parse(manifest.toJson())).isEqualTo(manifest);
    }

    @Test
    void a_damaged_manifest_is_refused() {
        assertThatThrownBy(() -> BackupManifest.parse("{\"format\": 1, \"tables\": [")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void a_manifest_lacking_a_value_it_must_have_is_refused_naming_it() {
        String json = "{\"format\": 1, \"schemaVersion\": null, \"createdAt\": \"2026-12-07T03:30:00Z\","
                + " \"tables\": [{\"name\": \"post\", \"columns\": [\"id\"], \"rows\": 3, \"bytes\": 120}],"
                + " \"sequences\": [], \"media\": []}";

        assertThatThrownBy(() -> BackupManifest.parse(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"sha256\"");
        assertThatThrownBy(() -> BackupManifest.parse("null")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_manifest_of_a_database_without_a_schema_version_reads_back() {
        BackupManifest manifest = new BackupManifest(1, null, Instant.parse("2026-12-07T03:30:00Z"), List.of(),
                List.of(), List.of());

        assertThat(BackupManifest.parse(manifest.toJson())).isEqualTo(manifest);
    }

    @Test
    void rows_are_counted_by_line_breaks_outside_quotes() {
        byte[] csv = "1,\"첫 줄\n둘째 줄\",\"\"\"인용\"\"\"\n2,,\"\"\n".getBytes(StandardCharsets.UTF_8);
        EntryDigest digest = new EntryDigest();
        digest.update(csv, 0, 5);
        digest.update(csv, 5, csv.length - 5);

        assertThat(digest.csvRows()).isEqualTo(2);
        assertThat(digest.bytes()).isEqualTo(csv.length);
    }
}
