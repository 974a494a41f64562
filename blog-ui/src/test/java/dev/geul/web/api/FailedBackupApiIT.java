package dev.geul.web.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.backup.BackupProperties;
import dev.geul.backup.BackupService;
import dev.geul.base.BlogProperties;
import dev.geul.testing.BlockedFolder;
import dev.geul.testing.BlogFixtures;
import dev.geul.web.RunningBlog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup into a folder that cannot be written fails loudly over the API: the POST answers 500 with why, and the
 * admin status says the latest backup failed (in the client's language) until a backup succeeds.
 */
class FailedBackupApiIT extends RunningBlog {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BlogProperties blog;
    @Autowired
    BackupProperties backupProperties;
    @Autowired
    BackupService backups;

    BlockedFolder blocked;

    @BeforeEach
    void blockTheBackupFolder() {
        blocked = BlockedFolder.at(BackupService.backupDir(blog, backupProperties));
    }

    @AfterEach
    void freeTheBackupFolder() {
        blocked.close();
        // what other tests of this running blog expect: the latest backup a good one
        as(admin, () -> backups.backUpNow());
    }

    @Test
    void a_backup_that_cannot_be_written_answers_500_with_why_and_the_status_says_it_failed() {
        HttpResponse<String> made = send(HttpRequest.newBuilder(uri("/api/admin/backups"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)).header("X-Requested-With", "curl")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(made.statusCode()).isEqualTo(500);
        JsonNode backup = JSON.readTree(made.body());
        assertThat(backup.path("verified").asBoolean()).isFalse();
        assertThat(backup.path("failure").asString()).isEqualTo("FOLDER_NOT_WRITABLE");
        assertThat(backup.path("problem").asString()).contains("The backup folder cannot be written");

        JsonNode korean = status("ko-KR,ko;q=0.9").path("backup");
        assertThat(korean.path("failing").asBoolean()).isTrue();
        assertThat(korean.path("latest").path("file").asString()).isEqualTo(backup.path("file").asString());
        assertThat(korean.path("message").asString()).startsWith("백업 폴더에 쓸 수 없습니다");
        assertThat(korean.path("code").asString()).isEqualTo("backups.problem.folder");
        assertThat(status(null).path("backup").path("message").asString())
                .startsWith("The backup folder cannot be written");

        blocked.close();
        HttpResponse<String> good = send(HttpRequest.newBuilder(uri("/api/admin/backups"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD)).header("X-Requested-With", "curl")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        JsonNode after = status(null);
        assertThat(after.path("backup").path("failing").asBoolean()).isFalse();
        assertThat(after.path("backup").path("latest").path("verified").asBoolean()).isTrue();
        assertThat(after.path("posts").isNumber()).as("the counts stay at the top level").isTrue();
    }

    private JsonNode status(String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/status"))
                .header("Authorization", basic("root", BlogFixtures.PASSWORD));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> answer = send(request);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
