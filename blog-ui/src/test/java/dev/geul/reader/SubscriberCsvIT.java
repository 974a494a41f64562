package dev.geul.reader;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryService;
import dev.geul.mail.Subscriber;
import dev.geul.mail.SubscriberCsv;
import dev.geul.mail.SubscriberImportReport;
import dev.geul.mail.SubscriberImportReport.Reason;
import dev.geul.mail.Subscriptions;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.geul.testing.BlogFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Subscribers exported and imported as CSV: every line imported or reported, confirmation mails over real SMTP. */
class SubscriberCsvIT extends MailingBlog {

    @Autowired
    SubscriberCsv csv;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    CategoryService categories;

    @Test
    void an_import_without_consent_mails_each_new_address_its_confirmation_and_reports_every_line_refused()
            throws Exception {
        as(admin, () -> categories.create(new CategoryDraft("여행", "travel", null, null, 0)));
        as(admin, () -> csv.importCsv(new StringReader("email\nold@example.kr\nleft@example.kr\n"), true));
        jdbc.update("update subscriber set state = 'UNSUBSCRIBED' where email = 'left@example.kr'");

        SubscriberImportReport report = as(admin, () -> csv.importCsv(new StringReader("""
                이름,email,category
                수아,sua@example.kr,
                수아,SUA@example.kr,
                민준,minjun@example.kr,travel
                잘못,not-an-address,
                예전,old@example.kr,
                떠난,left@example.kr,
                없는,x@example.kr,no-such-category
                """), false));

        assertThat(report.pending()).isEqualTo(2);
        assertThat(report.confirmed()).isZero();
        assertThat(report.refused()).extracting(line -> line.line(), line -> line.email(), line -> line.reason())
                .containsExactly(tuple(3L, "SUA@example.kr", Reason.DUPLICATE_IN_FILE),
                        tuple(5L, "not-an-address", Reason.INVALID_ADDRESS),
                        tuple(6L, "old@example.kr", Reason.ALREADY_SUBSCRIBED),
                        tuple(7L, "left@example.kr", Reason.UNSUBSCRIBED_BEFORE),
                        tuple(8L, "x@example.kr", Reason.UNKNOWN_CATEGORY));
        sender.sendDue();
        assertThat(receivedBy("sua@example.kr")).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("[글 블로그] 구독을 확인해 주세요"));
        assertThat(textOf(receivedBy("minjun@example.kr").getFirst())).contains("‘여행’ 카테고리");
        assertThat(receivedBy("old@example.kr")).isEmpty();
        assertThat(as(admin, () -> subscriptions.list())).filteredOn(s -> s.email().equals("minjun@example.kr"))
                .extracting(Subscriber::state, Subscriber::categorySlug)
                .containsExactly(tuple(Subscriber.State.PENDING, "travel"));
    }

    @Test
    void a_file_without_an_email_column_imports_nothing_and_the_export_reads_back_with_state_and_dates() {
        assertThatThrownBy(() -> as(admin, () -> csv.importCsv(new StringReader("name,address\n수아,x\n"), true)))
                .isInstanceOf(dev.geul.base.InvalidInputException.class);
        as(admin, () -> csv.importCsv(new StringReader("a@example.kr\nb@example.kr\n"), true));

        StringWriter out = new StringWriter();
        as(admin, () -> csv.export(out));

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("email,category,state,subscribed_at,confirmed_at,unsubscribed_at");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("a@example.kr,,confirmed,").matches(".*,\\d{4}-\\d\\d-\\d\\dT.*Z,.*Z,$");
        SubscriberImportReport again = as(admin, () -> csv.importCsv(new StringReader(out.toString()), true));
        assertThat(again.imported()).isZero();
        assertThat(again.refused()).extracting(SubscriberImportReport.RefusedLine::reason)
                .containsOnly(Reason.ALREADY_SUBSCRIBED).hasSize(2);
    }

    @Test
    void the_api_imports_and_exports_for_admins_only() {
        String admin = basic("root", BlogFixtures.PASSWORD);
        HttpResponse<String> imported = send(HttpRequest.newBuilder(uri("/api/admin/subscribers/import?consented=true"))
                .header("Authorization", admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("email\nreader@example.kr\nbad\n")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = JsonMapper.builder().build().readTree(imported.body());
        assertThat(report.path("confirmed").asInt()).isEqualTo(1);
        assertThat(report.path("refused").get(0).path("reason").asString()).isEqualTo("INVALID_ADDRESS");
        assertThat(report.path("refused").get(0).path("line").asInt()).isEqualTo(3);

        HttpResponse<String> exported = send(HttpRequest.newBuilder(uri("/api/admin/subscribers/export"))
                .header("Authorization", admin));
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(exported.body()).contains("reader@example.kr,,confirmed,");
        assertThat(send(HttpRequest.newBuilder(uri("/api/admin/subscribers/export"))
                .header("Authorization", basic("alice", BlogFixtures.PASSWORD))).statusCode()).isEqualTo(403);
    }
}
