package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts.Account;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The handling workflow over HTTP with real Keycloak tokens, real PostgreSQL and real Kafka. */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class LetterHandlingIT {

    private static final String JSON = "application/json";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    MailboxApi api;
    final Account citizen = TestAccounts.citizen();
    final Account office = TestAccounts.handler("D-GOV-OFFICE");
    final Account transport = TestAccounts.handler("D-TRANSPORT");
    final Account environment = TestAccounts.handler("D-ENVIRONMENT");
    // reviewers see their department's scope: the mayor's office reviews the replies to its mailbox
    final Account reviewer = TestAccounts.withRoles("D-GOV-OFFICE", "reviewer");

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
    }

    @Test
    void a_letter_goes_from_submission_through_screening_routing_reply_and_review_to_the_citizens_rating() {
        try (var probe = KafkaProbe.subscribe(LetterSubmitted.TOPIC)) {
            String tn = submit(citizen, "公交站牌损坏", "人民路公交站牌被撞坏，请尽快修复。", true,
                    Map.of("contactChannel", "EMAIL", "email", "zhang.san@example.org", "contactName", "张三"));
            String letterId = letterId(tn);

            assertThat(step(office, tn, "acceptance", Map.of("note", "予以受理")).status()).isEqualTo(200);
            var assigned = step(office, tn, "assignment", Map.of());
            assertThat(assigned.status()).isEqualTo(200);
            assertThat(assigned.json().get("department").asString()).isEqualTo("D-TRANSPORT");
            assertThat(assigned.json().get("deadline").get("dueAt").asString()).endsWith("T17:00:00+08:00");

            assertThat(api.get("/workbench/department", transport.bearer()).body()).contains(tn);
            assertThat(step(transport, tn, "reply", Map.of("text", "已安排维修，三个工作日内完成。")).status()).isEqualTo(200);
            assertThat(api.get("/workbench/review", reviewer.bearer()).body()).contains(tn);
            var approved = step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", true));
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().get("status").asString()).isEqualTo("ANSWERED");

            var own = api.get("/letters/" + tn, citizen.bearer());
            assertThat(own.json().get("reply").get("text").asString()).contains("三个工作日");
            assertThat(own.json().get("reply").get("published").asBoolean()).isTrue();

            var rated = api.post("/letters/" + tn + "/rating", citizen.bearer(), JSON,
                    json(Map.of("rating", "SATISFIED", "comment", "处理及时")));
            assertThat(rated.status()).isEqualTo(200);
            assertThat(rated.json().get("status").asString()).isEqualTo("CLOSED");

            assertThat(jdbc.sql("select kind from notification_outbox where tracking_number = ? order by id").param(tn)
                    .query(String.class).list()).containsExactly("LETTER_ACCEPTED", "LETTER_ANSWERED");
            assertThat(jdbc.sql("select recipient from notification_outbox where tracking_number = ? and sent_at is null")
                    .param(tn).query(String.class).list()).allSatisfy(r -> assertThat(r).doesNotContain("example.org"));
            for (String event : List.of("accepted", "assigned", "replied", "published", "rated")) {
                var record = probe.awaitRecord(r -> r.value().contains(letterId)
                        && ("gov.hub.mailbox.letter." + event + ".v1").equals(KafkaProbe.header(r, "ce_type")), PATIENCE);
                assertThat(record.key()).isEqualTo(tn);
                assertThat(record.value()).doesNotContain("人民路");
            }
            assertThat(jdbc.sql("select action from letter_history where letter_id = cast(? as uuid) order by id")
                    .param(letterId).query(String.class).list())
                    .containsExactly("SUBMITTED", "ACCEPTED", "ASSIGNED", "REPLY_DRAFTED", "REPLIED", "PUBLISHED",
                            "RATED", "CLOSED");
        }
    }

    @Test
    void a_handler_of_another_department_finds_no_such_letter() {
        String tn = assignedToTransport("噪音问题", "公交车夜间鸣笛。");

        var read = api.get("/handling/letters/" + tn, environment.bearer());
        var reply = step(environment, tn, "reply", Map.of("text", "x"));

        assertThat(read.status()).isEqualTo(404);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("type").asString()).endsWith("/letter-not-found");
        assertThat(api.get("/workbench/department", environment.bearer()).body()).doesNotContain(tn);
    }

    @Test
    void citizens_see_only_their_own_letters_by_tracking_number_query_code_and_listing() {
        var stranger = TestAccounts.citizen();
        String tn = submit(citizen, "路灯", "路灯坏了。", false);

        assertThat(api.get("/letters/" + tn, stranger.bearer()).status()).isEqualTo(404);
        assertThat(api.get("/public/letters/" + tn, null, "X-Query-Code", "AAAAAAAA").status()).isEqualTo(404);
        assertThat(api.get("/letters", stranger.bearer()).body()).doesNotContain(tn);
        assertThat(api.get("/letters", citizen.bearer()).body()).contains(tn);
        assertThat(step(stranger, tn, "reply", Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(api.post("/letters/" + tn + "/rating", stranger.bearer(), JSON,
                json(Map.of("rating", "SATISFIED"))).status()).isEqualTo(404);
    }

    @Test
    void a_step_the_state_does_not_allow_is_409_problem_json_and_changes_nothing() {
        String tn = submit(citizen, "道路破损", "解放路路面塌陷。", false);
        long before = historySize(tn);

        var premature = step(reviewer, tn, "review", Map.of("approve", true));

        assertThat(premature.status()).isEqualTo(409);
        assertThat(premature.header("Content-Type")).startsWith("application/problem+json");
        assertThat(premature.json().get("type").asString()).endsWith("/letter-not-in-state");
        assertThat(historySize(tn)).isEqualTo(before);
    }

    @Test
    void two_handlers_replying_to_the_same_letter_at_once_get_one_success_and_one_conflict() throws Exception {
        String tn = assignedToTransport("公交线路调整", "建议增加 12 路公交班次。");
        var colleague = TestAccounts.handler("D-TRANSPORT");
        colleague.token();
        transport.token();
        var start = new CountDownLatch(1);
        List<Future<MailboxApi.Response>> replies = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (Account handler : List.of(transport, colleague)) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return step(handler, tn, "reply", Map.of("text", "答复 " + handler.username()));
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(jdbc.sql("""
                select count(*) from letter_history h join letter l on l.id = h.letter_id
                 where l.tracking_number = ? and h.action = 'REPLY_DRAFTED'""").param(tn).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void an_extension_requested_by_the_handler_moves_the_deadline_only_when_a_supervisor_approves() {
        String tn = assignedToTransport("桥梁维修", "建设桥栏杆松动。");
        String due = api.get("/handling/letters/" + tn, transport.bearer()).json().get("deadline").get("dueAt").asString();
        var supervisor = TestAccounts.supervisor();

        assertThat(step(transport, tn, "extension-request", Map.of("workingDays", 5, "reason", "需现场勘查"))
                .json().get("deadline").get("dueAt").asString()).isEqualTo(due);
        assertThat(step(transport, tn, "extension-decision", Map.of("approve", true)).status()).isEqualTo(403);
        var decided = step(supervisor, tn, "extension-decision", Map.of("approve", true, "comment", "同意"));

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("deadline").get("dueAt").asString()).isNotEqualTo(due);
        assertThat(decided.json().get("deadline").get("extendedWorkingDays").asInt()).isEqualTo(5);
    }

    @Test
    void bad_input_on_each_handling_step_is_400_problem_json_and_nothing_is_recorded() {
        String tn = submit(citizen, "其他", "内容。", false);
        long before = historySize(tn);

        var noReason = step(office, tn, "refusal", Map.of("explanation", "不属于受理范围"));
        var unknownReason = step(office, tn, "refusal", Map.of("reason", "BORING", "explanation", "x"));
        var badDepartment = step(office, tn, "assignment", Map.of("department", "transport bureau"));
        var notJson = api.post("/handling/letters/" + tn + "/acceptance", office.bearer(), JSON, "{oops");

        for (var response : List.of(noReason, unknownReason, badDepartment, notJson)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(historySize(tn)).isEqualTo(before);
    }

    @Test
    void attachments_sent_with_a_letter_reach_the_handling_department_and_nobody_else() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var http = java.net.http.HttpClient.newHttpClient();
        String boundary = "----hub" + System.nanoTime();
        var multipart = new java.io.ByteArrayOutputStream();
        multipart.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pothole.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        multipart.write(png);
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var upload = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/attachments"))
                .header("Authorization", citizen.bearer())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String attachmentId = MailboxApi.parse(upload.body()).get("id").asString();

        var letter = letter("MAYOR", "COMPLAINT", "路面坑洼", "照片见附件。");
        letter.put("attachmentIds", List.of(attachmentId));
        var submitted = api.post("/letters", citizen.bearer(), JSON, json(letter));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String tn = submitted.json().get("trackingNumber").asString();
        step(office, tn, "acceptance", Map.of());
        step(office, tn, "assignment", Map.of("department", "D-TRANSPORT"));

        var listed = api.get("/handling/letters/" + tn + "/attachments", transport.bearer());
        var downloaded = api.get("/handling/letters/" + tn + "/attachments/" + attachmentId, transport.bearer());

        assertThat(listed.body()).contains(attachmentId, "image/png");
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/handling/letters/" + tn + "/attachments/" + attachmentId, environment.bearer()).status())
                .isEqualTo(404);
        assertThat(api.get("/letters/" + tn + "/attachments", citizen.bearer()).body()).contains(attachmentId);
        var reused = letter("MAYOR", "OTHER", "再用一次", "同一附件。");
        reused.put("attachmentIds", List.of(attachmentId));
        assertThat(api.post("/letters", citizen.bearer(), JSON, json(reused)).status()).isEqualTo(400);
    }

    private String assignedToTransport(String title, String body) {
        String tn = submit(citizen, title, body, false);
        assertThat(step(office, tn, "acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(step(office, tn, "assignment", Map.of("department", "D-TRANSPORT")).status()).isEqualTo(200);
        return tn;
    }

    private String submit(Account writer, String title, String body, boolean agreesToPublication) {
        return submit(writer, title, body, agreesToPublication, Map.of());
    }

    private String submit(Account writer, String title, String body, boolean agreesToPublication,
                          Map<String, Object> contact) {
        var letter = letter("MAYOR", "COMPLAINT", title, body);
        letter.put("agreesToPublication", agreesToPublication);
        letter.putAll(contact);
        var response = api.post("/letters", writer.bearer(), JSON, json(letter));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("trackingNumber").asString();
    }

    private MailboxApi.Response step(Account actor, String tn, String step, Map<String, Object> body) {
        return api.post("/handling/letters/" + tn + "/" + step, actor.bearer(), JSON, json(body));
    }

    private String letterId(String tn) {
        return jdbc.sql("select id::text from letter where tracking_number = ?").param(tn).query(String.class).single();
    }

    private long historySize(String tn) {
        return jdbc.sql("select count(*) from letter_history h join letter l on l.id = h.letter_id "
                + "where l.tracking_number = ?").param(tn).query(Long.class).single();
    }
}
