package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.time.Duration;
import java.util.UUID;

import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class LetterSubmissionIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    MailboxApi api;

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
    }

    @Test
    void a_submitted_letter_is_stored_and_published_as_a_cloud_event_that_carries_the_request_trace() {
        var citizen = TestAccounts.citizen();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";

        try (var probe = KafkaProbe.subscribe(LetterSubmitted.TOPIC)) {
            var response = api.post("/letters", citizen.bearer(), JSON,
                    json(letter("MAYOR", "SUGGESTION", "人民路路灯不亮", "人民路 3 号附近的路灯坏了一周。")),
                    "traceparent", traceparent);

            assertThat(response.status()).isEqualTo(201);
            String trackingNumber = response.json().get("trackingNumber").asString();
            assertThat(trackingNumber).matches("ML\\d{14,}");
            assertThat(response.json().get("queryCode").asString()).matches("[A-Z2-9]{8}");
            assertThat(response.header("Location")).isEqualTo("http://127.0.0.1:" + port + "/letters/" + trackingNumber);

            var row = jdbc.sql("select id, writer_id, title, status from letter where tracking_number = ?")
                    .param(trackingNumber).query().singleRow();
            assertThat(row.get("writer_id")).isEqualTo(citizen.id());
            assertThat(row.get("title")).isEqualTo("人民路路灯不亮");
            assertThat(row.get("status")).isEqualTo("SUBMITTED");

            String letterId = row.get("id").toString();
            var record = probe.awaitRecord(r -> r.value().contains(letterId), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(trackingNumber);
            assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("gov.hub.mailbox.letter.submitted.v1");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(trackingNumber);
            assertThat(KafkaProbe.header(record, "ce_id")).isNotBlank();
            assertThat(KafkaProbe.header(record, "content-type")).startsWith("application/json");
            assertThat(KafkaProbe.header(record, "traceparent")).startsWith("00-" + traceId + "-");
            var data = MailboxApi.parse(record.value());
            assertThat(data.get("letterId").asString()).isEqualTo(row.get("id").toString());
            assertThat(data.get("trackingNumber").asString()).isEqualTo(trackingNumber);
            assertThat(record.value()).doesNotContain("人民路");
        }
    }

    @Test
    void a_retried_submission_with_the_same_idempotency_key_returns_the_first_receipt_and_stores_one_letter() {
        var citizen = TestAccounts.citizen();
        String key = UUID.randomUUID().toString();
        String body = json(letter("MAYOR", "HELP", "重试的来信", "网络不好，请求可能重发。"));

        var first = api.post("/letters", citizen.bearer(), JSON, body, "Idempotency-Key", key);
        var retry = api.post("/letters", citizen.bearer(), JSON, body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("trackingNumber")).isEqualTo(first.json().get("trackingNumber"));
        assertThat(retry.json().get("queryCode")).isEqualTo(first.json().get("queryCode"));
        assertThat(jdbc.sql("select count(*) from letter where writer_id = ?").param(citizen.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_a_different_letter_is_refused_with_409_and_nothing_new_is_stored() {
        var citizen = TestAccounts.citizen();
        String key = UUID.randomUUID().toString();
        api.post("/letters", citizen.bearer(), JSON, json(letter("MAYOR", "HELP", "第一封", "内容一")),
                "Idempotency-Key", key);

        var reused = api.post("/letters", citizen.bearer(), JSON, json(letter("MAYOR", "HELP", "第二封", "内容二")),
                "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.json().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(jdbc.sql("select count(*) from letter where writer_id = ?").param(citizen.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_citizen_reads_their_own_letter_while_another_citizen_gets_404_as_if_it_did_not_exist() {
        var writer = TestAccounts.citizen();
        var stranger = TestAccounts.citizen();
        String trackingNumber = api.post("/letters", writer.bearer(), JSON,
                json(letter("MAYOR", "COMPLAINT", "噪音扰民", "夜间施工噪音。"))).json().get("trackingNumber").asString();

        var own = api.get("/letters/" + trackingNumber, writer.bearer());
        var foreign = api.get("/letters/" + trackingNumber, stranger.bearer());
        var missing = api.get("/letters/ML20991231999999", stranger.bearer());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("body").asString()).isEqualTo("夜间施工噪音。");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("噪音");
        assertThat(foreign.json().get("type")).isEqualTo(missing.json().get("type"));
    }

    @Test
    void whoever_holds_the_receipt_follows_progress_without_logging_in_but_a_wrong_query_code_finds_nothing() {
        var citizen = TestAccounts.citizen();
        var receipt = api.post("/letters", citizen.bearer(), JSON,
                json(letter("MAYOR", "CONSULTATION", "社保咨询", "如何转移社保关系？"))).json();
        String trackingNumber = receipt.get("trackingNumber").asString();

        var progress = api.get("/public/letters/" + trackingNumber, null, "X-Query-Code",
                receipt.get("queryCode").asString());
        var wrongCode = api.get("/public/letters/" + trackingNumber, null, "X-Query-Code", "AAAAAAAA");
        var noCode = api.get("/public/letters/" + trackingNumber, null);

        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(progress.body()).doesNotContain("社保");
        assertThat(wrongCode.status()).isEqualTo(404);
        assertThat(noCode.status()).isEqualTo(404);
    }

    @Test
    void writing_without_a_token_is_401_and_staff_without_the_citizen_role_get_403_both_as_problem_details() {
        String body = json(letter("MAYOR", "OTHER", "标题", "正文"));

        var anonymous = api.post("/letters", null, JSON, body);
        var handler = api.post("/letters", TestAccounts.handler("D-TRANSPORT").bearer(), JSON, body);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(handler.status()).isEqualTo(403);
        assertThat(handler.header("Content-Type")).startsWith("application/problem+json");
        assertThat(handler.json().get("type").asString()).endsWith("/forbidden");
    }

    @Test
    void letters_to_an_unknown_mailbox_or_a_closed_one_are_refused_with_a_reason() {
        var citizen = TestAccounts.citizen();

        var unknown = api.post("/letters", citizen.bearer(), JSON, json(letter("NO-SUCH-BOX", "OTHER", "标题", "正文")));
        var closed = api.post("/letters", citizen.bearer(), JSON, json(letter("ARCHIVED", "OTHER", "标题", "正文")),
                "Accept-Language", "en");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asString()).endsWith("/unknown-mailbox");
        assertThat(unknown.json().get("title").asString()).isEqualTo("信箱不存在");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("title").asString()).isEqualTo("Mailbox closed");
        assertThat(jdbc.sql("select count(*) from letter where writer_id = ?").param(citizen.id())
                .query(Long.class).single()).isZero();
    }
}
