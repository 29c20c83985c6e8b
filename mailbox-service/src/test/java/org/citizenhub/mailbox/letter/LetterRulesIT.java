package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts.Account;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rules found by reading the code, each pinned by a test that failed before it was fixed: the merge target is
 * locked by the step, staff see only their scope, the query code never travels in the URL, texts up to the
 * service's limit reach the deadline clock, a refusal carries its rule's reason in the caller's language.
 */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class LetterRulesIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    MailboxApi api;
    final Account citizen = TestAccounts.citizen();
    final Account office = TestAccounts.handler("D-GOV-OFFICE");
    final Account transport = TestAccounts.handler("D-TRANSPORT");

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
    }

    @Test
    void a_merge_locks_its_target_so_a_target_refused_meanwhile_is_never_merged_into() throws Exception {
        String target = submit("小区停车难", "希望增加停车位。");
        String duplicate = submit("停车位不足", "小区停车位太少。");
        CompletableFuture<MailboxApi.Response> merge;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select id from letter where tracking_number = ? for update")) {
                lock.setString(1, target);
                lock.executeQuery();
            }
            merge = CompletableFuture.supplyAsync(() -> step(office, duplicate, "merge", Map.of("into", target)));
            // the merge's step is now waiting for our row lock on the target (no fixed sleep: wait for the wait)
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock'""")
                    .query(Long.class).single() > 0);
            try (var refuse = other.prepareStatement("""
                    update letter set status = 'NOT_ACCEPTED', not_accepted_reason = 'OUT_OF_SCOPE',
                           version = version + 1 where tracking_number = ?""")) {
                refuse.setString(1, target);
                refuse.executeUpdate();
            }
            other.commit();
        }

        var merged = merge.get(30, TimeUnit.SECONDS);

        assertThat(merged.status()).as(merged.body()).isEqualTo(409);
        assertThat(jdbc.sql("select status from letter where tracking_number = ?").param(duplicate)
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_merge_into_a_letter_of_the_same_mailbox_still_works_and_records_the_target() {
        String target = submit("公园路灯", "公园路灯不亮。");
        String duplicate = submit("公园路灯不亮", "晚上很黑。");

        var merged = step(office, duplicate, "merge", Map.of("into", target));

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("mergedInto").asString()).isEqualTo(target);
    }

    @Test
    void a_reviewer_sees_the_letters_of_their_department_and_of_the_mailboxes_it_owns_and_nothing_else() {
        String tn = inReview("公交站台积水", "雨后站台积水严重。");
        var officeReviewer = TestAccounts.withRoles("D-GOV-OFFICE", "reviewer");
        var transportReviewer = TestAccounts.withRoles("D-TRANSPORT", "reviewer");
        var environmentReviewer = TestAccounts.withRoles("D-ENVIRONMENT", "reviewer");
        var reviewerWithoutDepartment = TestAccounts.reviewer();

        assertThat(api.get("/handling/letters/" + tn, transportReviewer.bearer()).status()).isEqualTo(200);
        assertThat(api.get("/handling/letters/" + tn, officeReviewer.bearer()).status()).isEqualTo(200);
        assertThat(api.get("/workbench/review?size=200", officeReviewer.bearer()).body()).contains(tn);
        for (var outsider : java.util.List.of(environmentReviewer, reviewerWithoutDepartment)) {
            var read = api.get("/handling/letters/" + tn, outsider.bearer());
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.json().get("type").asString()).endsWith("/letter-not-found");
            assertThat(api.get("/handling/letters/" + tn + "/publication-preview", outsider.bearer()).status())
                    .isEqualTo(404);
            assertThat(step(outsider, tn, "review", Map.of("approve", true)).status()).isEqualTo(404);
            assertThat(api.get("/workbench/review?size=200", outsider.bearer()).body()).doesNotContain(tn);
        }
        assertThat(step(officeReviewer, tn, "review", Map.of("approve", true)).status()).isEqualTo(200);
    }

    @Test
    void a_supervisor_sees_every_departments_letters() {
        String tn = inReview("河道垃圾", "河道漂浮垃圾。");

        assertThat(api.get("/handling/letters/" + tn, TestAccounts.supervisor().bearer()).status()).isEqualTo(200);
    }

    @Test
    void the_query_code_is_taken_from_a_header_and_refused_in_the_url_so_that_it_stays_out_of_access_logs() {
        var receipt = api.post("/letters", citizen.bearer(), JSON,
                json(letter("MAYOR", "CONSULTATION", "医保咨询", "异地就医如何备案？"))).json();
        String tn = receipt.get("trackingNumber").asString();
        String code = receipt.get("queryCode").asString();

        var byHeader = api.get("/public/letters/" + tn, null, "X-Query-Code", code);
        var wrongHeader = api.get("/public/letters/" + tn, null, "X-Query-Code", "AAAAAAAA");
        var inTheUrl = api.get("/public/letters/" + tn + "?queryCode=" + code, null, "Accept-Language", "en");

        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(wrongHeader.status()).isEqualTo(404);
        assertThat(inTheUrl.status()).isEqualTo(400);
        assertThat(inTheUrl.header("Content-Type")).startsWith("application/problem+json");
        assertThat(inTheUrl.json().get("type").asString()).endsWith("/query-code-in-url");
        assertThat(inTheUrl.json().get("detail").asString()).contains("X-Query-Code");
        assertThat(inTheUrl.body()).doesNotContain("SUBMITTED");
    }

    @Test
    void a_question_and_an_extension_reason_of_1000_characters_pause_and_extend_the_deadline() {
        String tn = assigned("施工扰民", "夜间施工噪音。");
        String question = "请".repeat(Letter.MAX_NOTE_LENGTH);
        String reason = "需".repeat(Letter.MAX_NOTE_LENGTH);

        var asked = step(transport, tn, "information-request", Map.of("question", question));
        var supplied = api.post("/letters/" + tn + "/supplements", citizen.bearer(), JSON,
                json(Map.of("text", "施工时间为每晚 22 点以后。")));
        var requested = step(transport, tn, "extension-request", Map.of("workingDays", 5, "reason", reason));
        var approved = step(TestAccounts.supervisor(), tn, "extension-decision", Map.of("approve", true));

        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().get("deadline").get("paused").asBoolean()).isTrue();
        assertThat(supplied.status()).as(supplied.body()).isEqualTo(200);
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("deadline").get("extendedWorkingDays").asInt()).isEqualTo(5);
    }

    @Test
    void a_refused_step_gives_the_rules_reason_in_the_requested_language() {
        String tn = assigned("路面破损", "人民路路面破损。");

        var zh = step(transport, tn, "transfer", Map.of("department", "D-TRANSPORT", "reason", "转办"));
        var en = api.post("/handling/letters/" + tn + "/transfer", transport.bearer(), JSON,
                json(Map.of("department", "D-TRANSPORT", "reason", "转办")), "Accept-Language", "en");

        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("type").asString()).endsWith("/invalid-letter-step");
        assertThat(zh.json().get("detail").asString()).isEqualTo("信件已由“D-TRANSPORT”办理，请选择其他部门转办。");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("The letter is already with \"D-TRANSPORT\"; transfer it to another department.");
    }

    private String assigned(String title, String body) {
        String tn = submit(title, body);
        assertThat(step(office, tn, "acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(step(office, tn, "assignment", Map.of("department", "D-TRANSPORT")).status()).isEqualTo(200);
        return tn;
    }

    private String inReview(String title, String body) {
        String tn = assigned(title, body);
        assertThat(step(transport, tn, "reply", Map.of("text", "已处理。")).status()).isEqualTo(200);
        return tn;
    }

    private String submit(String title, String body) {
        var response = api.post("/letters", citizen.bearer(), JSON, json(letter("MAYOR", "COMPLAINT", title, body)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("trackingNumber").asString();
    }

    private MailboxApi.Response step(Account actor, String tn, String step, Map<String, Object> body) {
        return api.post("/handling/letters/" + tn + "/" + step, actor.bearer(), JSON, json(body));
    }
}
