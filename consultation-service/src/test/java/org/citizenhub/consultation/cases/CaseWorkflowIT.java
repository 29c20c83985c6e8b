package org.citizenhub.consultation.cases;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.citizenhub.consultation.ConsultationIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 12345 workflow over HTTP with real Keycloak tokens, PostgreSQL and Kafka: every step by every role,
 * co-handling by two departments, a dispute and a re-dispatch, a merge, urging, follow-up; other departments and
 * other citizens find nothing; two handlers racing.
 */
class CaseWorkflowIT extends ConsultationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    JdbcClient jdbc;


    @Test
    void a_complaint_goes_through_screening_co_handling_promised_date_reply_review_rating_and_follow_up() {
        var citizen = TestAccounts.citizen();
        try (var probe = KafkaProbe.subscribe(CaseHandled.TOPIC)) {
            var body = caseOf("COMPLAINT", "TRANSPORT", "公交站牌损坏无人修复", "人民路公交站牌被撞坏一个月，无人修复。");
            body.put("contactChannel", "EMAIL");
            body.put("email", "zhang.san@example.org");
            body.put("contactName", "张三");
            body.put("agreesToPublication", true);
            String tn = submit(citizen, body);
            assertThat(get("/workbench/screening", dispatcher).body()).contains(tn);

            var accepted = expect(step(dispatcher, tn, "acceptance", Map.of("note", "予以受理")), 200);
            assertThat(accepted.json().get("currentDeadline").asString()).isEqualTo("investigation");
            var dispatched = expect(step(dispatcher, tn, "dispatch", Map.of("lead", "D-TRANSPORT",
                    "coHandlers", List.of("D-ENVIRONMENT", "D-HOUSING"))), 200);
            assertThat(dispatched.json().get("status").asString()).isEqualTo("HANDLING");
            assertThat(dispatched.json().get("deadlines").size()).isEqualTo(3);

            // two co-handling departments each see it in their queue and give their part by their own deadline
            assertThat(get("/workbench/co-handling", environment).body()).contains(tn);
            assertThat(get("/workbench/co-handling", housing).body()).contains(tn);
            assertThat(get("/workbench/department", transport).body()).contains(tn);
            expect(step(transport, tn, "reply", Map.of("text", "答复")), 409);
            expect(step(environment, tn, "co-handling-part", Map.of("text", "环保局：无污染问题。")), 200);
            expect(step(environment, tn, "reply", Map.of("text", "协办不能答复")), 404);
            expect(step(housing, tn, "co-handling-part", Map.of("text", "住建局：站牌基础完好。")), 200);
            assertThat(get("/workbench/co-handling", housing).body()).doesNotContain(tn);

            // the lead asks the citizen; the clock pauses until the answer
            expect(step(transport, tn, "information-request", Map.of("question", "请提供站牌的具体位置")), 200);
            assertThat(get("/cases/" + tn, citizen).json().get("question").asString()).contains("具体位置");
            expect(post("/cases/" + tn + "/supplements", citizen, Map.of("answer", "人民路与解放路口东侧")), 200);

            // the investigation ends with a promised completion date the citizen is told
            String date = nextWorkingDayAfterAWeek();
            var promised = expect(step(transport, tn, "promised-completion",
                    Map.of("date", date, "note", "需协调公交公司更换站牌")), 200);
            assertThat(promised.json().get("currentDeadline").asString()).isEqualTo("completion");
            assertThat(get("/cases/" + tn, citizen).json().get("promisedDate").asString()).isEqualTo(date);

            // extension of the completion deadline needs a supervisor
            expect(step(transport, tn, "extension-request", Map.of("amount", 2, "reason", "配件需定制")), 200);
            expect(step(transport, tn, "extension-decision", Map.of("approve", true)), 403);
            expect(step(supervisor, tn, "extension-decision", Map.of("approve", true, "comment", "同意")), 200);

            expect(step(transport, tn, "reply", Map.of("text", "综合答复：站牌已更换。")), 200);
            assertThat(get("/workbench/review", reviewer).body()).contains(tn);
            expect(step(reviewer, tn, "review", Map.of("approve", false)), 400);
            expect(step(reviewer, tn, "review", Map.of("approve", false, "comment", "请写明更换日期")), 200);
            expect(step(transport, tn, "reply", Map.of("text", "综合答复：站牌已于本周更换。")), 200);
            var approved = expect(step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", true)),
                    200);
            assertThat(approved.json().get("status").asString()).isEqualTo("ANSWERED");

            var own = get("/cases/" + tn, citizen).json();
            assertThat(own.get("reply").asString()).contains("本周更换");
            expect(post("/cases/" + tn + "/rating", citizen, Map.of("rating", "UNSATISFIED", "comment", "太慢")),
                    200);
            // unsatisfied: joins the follow-up queue of the dispatch centre, which records the call
            assertThat(get("/workbench/follow-up", dispatcher).body()).contains(tn);
            expect(step(transport, tn, "follow-up", Map.of("reached", true, "satisfaction", "SATISFIED")), 404);
            var followed = expect(step(dispatcher, tn, "follow-up",
                    Map.of("reached", true, "satisfaction", "BASICALLY_SATISFIED", "note", "电话回访，已解决")), 200);
            assertThat(followed.json().get("followUps").size()).isEqualTo(1);
            assertThat(get("/workbench/follow-up", dispatcher).body()).doesNotContain(tn);

            probe.awaitRecord(r -> r.key().equals(tn)
                    && "gov.hub.consultation.case.followed-up.v1".equals(KafkaProbe.header(r, "ce_type")), PATIENCE);
            var types = probe.records().stream().filter(r -> r.key().equals(tn))
                    .map(r -> KafkaProbe.header(r, "ce_type")).toList();
            assertThat(types).contains("gov.hub.consultation.case.submitted.v1",
                    "gov.hub.consultation.case.accepted.v1", "gov.hub.consultation.case.dispatched.v1",
                    "gov.hub.consultation.case.co-handling-part-submitted.v1",
                    "gov.hub.consultation.case.completion-promised.v1", "gov.hub.consultation.case.replied.v1",
                    "gov.hub.consultation.case.rated.v1");
            // no case text and no personal data on the bus
            assertThat(probe.records().stream().filter(r -> r.key().equals(tn)).map(r -> r.value()).toList())
                    .noneMatch(v -> v.contains("站牌") || v.contains("zhang.san") || v.contains("张三"));
        }
        var kinds = jdbc.sql("select kind from notification_outbox where tracking_number = ? order by id")
                .param(jdbcTn(citizen)).query(String.class).list();
        assertThat(kinds).containsSubsequence("CASE_ACCEPTED", "INFORMATION_REQUESTED", "COMPLETION_PROMISED",
                "CASE_ANSWERED");
        var stored = jdbc.sql("select writer_contact from consultation_case where writer_id = ?").param(citizen.id())
                .query(String.class).single();
        assertThat(stored).doesNotContain("zhang.san").doesNotContain("张三");
    }

    @Test
    void a_dispute_within_the_window_goes_back_to_the_centre_which_redispatches_or_overrules() {
        var citizen = TestAccounts.citizen();
        String tn = dispatched(citizen, caseOf("CONSULTATION", "GENERAL", "居住证办理", "办理居住证需要哪些材料？"),
                "D-TRANSPORT", "D-ENVIRONMENT");

        expect(step(housing, tn, "dispute", Map.of("reason", "不是我们的")), 404);
        var disputed = expect(step(transport, tn, "dispute", Map.of("reason", "居住证由公安部门办理")), 200);
        assertThat(disputed.json().get("status").asString()).isEqualTo("DISPUTED");
        assertThat(get("/workbench/screening", dispatcher).body()).contains(tn);

        var redispatched = expect(step(dispatcher, tn, "redispatch",
                Map.of("lead", "D-HOUSING", "coHandlers", List.of())), 200);
        assertThat(redispatched.json().get("dispatch").get("lead").asString()).isEqualTo("D-HOUSING");
        assertThat(redispatched.json().get("dispatch").get("round").asInt()).isEqualTo(2);
        // the former lead and the dropped co-handler no longer see it
        expect(get("/handling/cases/" + tn, transport), 404);
        expect(get("/handling/cases/" + tn, environment), 404);

        expect(step(housing, tn, "dispute", Map.of("reason", "也不是我们的")), 200);
        var overruled = expect(step(dispatcher, tn, "dispute-overruling", Map.of("comment", "请按职责办理")), 200);
        assertThat(overruled.json().get("dispatch").get("lead").asString()).isEqualTo("D-HOUSING");
        var again = expect(step(housing, tn, "dispute", Map.of("reason", "再次退单")), 409);
        assertThat(again.problemType()).isEqualTo("dispute-by-an-assigned-department-once");
    }

    @Test
    void a_duplicate_is_merged_and_both_writers_hear_of_the_answer_and_a_supervisor_urges_an_urgent_case() {
        var first = TestAccounts.citizen();
        var second = TestAccounts.citizen();
        // a past Monday: the service's clock also checks token expiry, so it is never set ahead of real time
        MovedClock.CLOCK.set("2026-11-30T09:10");
        var body = caseOf("COMPLAINT", "SAFETY_HAZARD", "井盖缺失", "解放路口井盖缺失，存在安全隐患。");
        String tn = dispatched(first, body, "D-HOUSING");
        String duplicate = submit(second, caseOf("COMPLAINT", "SAFETY_HAZARD", "解放路井盖没了", "路口井盖丢失。"));

        var merged = expect(step(dispatcher, duplicate, "merge", Map.of("into", tn)), 200);
        assertThat(merged.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(get("/handling/cases/" + tn, dispatcher).json().get("mergedFrom").get(0).asString())
                .isEqualTo(duplicate);
        assertThat(get("/cases/" + duplicate, second).json().get("mergedInto").asString()).isEqualTo(tn);

        // the safety-hazard rule is 2 working hours (due soon with 1 left): urging is refused until it is near
        var early = expect(step(supervisor, tn, "urging", Map.of("note", "请立即处置")), 409);
        assertThat(early.problemType()).isEqualTo("urging-only-near-or-past-deadline");
        MovedClock.CLOCK.set("2026-11-30T10:30");
        var urged = expect(step(supervisor, tn, "urging", Map.of("note", "请立即处置")), 200);
        assertThat(urged.json().get("urgings").size()).isEqualTo(1);
        expect(step(housing, tn, "urging", Map.of("note", "x")), 403);

        expect(step(housing, tn, "reply", Map.of("text", "已补装井盖。")), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true)), 200);
        assertThat(jdbc.sql("select kind from notification_outbox where tracking_number = ?").param(duplicate)
                .query(String.class).list()).contains("CASE_MERGED", "CASE_ANSWERED");
    }

    @Test
    void a_refusal_is_explained_a_transfer_moves_the_case_and_an_unsatisfied_citizen_reopens_it_once() {
        var citizen = TestAccounts.citizen();
        String refused = submit(citizen, caseOf("CONSULTATION", "GENERAL", "咨询彩票中奖", "如何查询彩票中奖号码？"));
        var r = expect(step(dispatcher, refused, "refusal", Map.of("reason", "OUT_OF_SCOPE",
                "explanation", "请向体彩中心咨询")), 200);
        assertThat(r.json().get("status").asString()).isEqualTo("REFUSED");
        var own = get("/cases/" + refused, citizen).json();
        assertThat(own.get("refusalReason").asString()).isEqualTo("OUT_OF_SCOPE");
        assertThat(own.get("refusalExplanation").asString()).contains("体彩中心");
        assertThat(jdbc.sql("select kind from notification_outbox where tracking_number = ?").param(refused)
                .query(String.class).list()).containsExactly("CASE_REFUSED");

        String tn = dispatched(citizen, caseOf("COMPLAINT", "ENVIRONMENT", "河道垃圾", "护城河漂浮垃圾多日无人清理。"),
                "D-HOUSING");
        var same = expect(step(housing, tn, "transfer", Map.of("department", "D-HOUSING", "reason", "x")), 400);
        assertThat(same.problemType()).isEqualTo("transfer-to-another-department");
        var moved = expect(step(housing, tn, "transfer", Map.of("department", "D-ENVIRONMENT",
                "reason", "河道保洁属环保部门")), 200);
        assertThat(moved.json().get("dispatch").get("lead").asString()).isEqualTo("D-ENVIRONMENT");
        expect(get("/handling/cases/" + tn, housing), 404);
        assertThat(get("/workbench/department", environment).body()).contains(tn);

        expect(step(environment, tn, "reply", Map.of("text", "已安排清理。")), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true)), 200);
        var reopened = expect(post("/cases/" + tn + "/rating", citizen, Map.of("rating", "UNSATISFIED",
                "comment", "仍有垃圾", "askForRehandling", true)), 200);
        assertThat(reopened.json().get("status").asString()).isEqualTo("HANDLING");
        assertThat(reopened.json().get("deadline").get("name").asString()).isEqualTo("investigation");
        expect(step(environment, tn, "reply", Map.of("text", "已再次清理并加密巡查。")), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true)), 200);
        var second = expect(post("/cases/" + tn + "/rating", citizen, Map.of("rating", "UNSATISFIED",
                "askForRehandling", true)), 409);
        assertThat(second.problemType()).isEqualTo("one-reopening");
        expect(post("/cases/" + tn + "/rating", citizen, Map.of("rating", "BASICALLY_SATISFIED")), 200);
    }

    @Test
    void another_department_and_another_citizen_find_nothing() {
        var citizen = TestAccounts.citizen();
        var stranger = TestAccounts.citizen();
        String tn = dispatched(citizen, caseOf("SUGGESTION", "ENVIRONMENT", "增设垃圾分类点", "建议小区增设垃圾分类点。"),
                "D-ENVIRONMENT");

        expect(get("/cases/" + tn, stranger), 404);
        expect(get("/handling/cases/" + tn, transport), 404);
        expect(step(transport, tn, "reply", Map.of("text", "x")), 404);
        expect(post("/cases/" + tn + "/rating", stranger, Map.of("rating", "SATISFIED")), 404);
        assertThat(get("/cases", stranger).json().size()).isZero();
        assertThat(get("/workbench/department", transport).body()).doesNotContain(tn);
        expect(get("/handling/cases/" + tn, supervisor), 200);
        expect(get("/handling/cases/" + tn, reviewer), 200);
        expect(get("/handling/cases/" + tn, transportReviewer), 404);
        expect(get("/handling/cases/" + tn, TestAccounts.reviewer()), 404);
        expect(get("/handling/cases/" + tn, citizen), 403);
        expect(get("/handling/cases/ZX20260101999999", environment), 404);
    }

    @Test
    void of_two_handlers_replying_at_once_one_wins_and_the_other_gets_409() throws Exception {
        var citizen = TestAccounts.citizen();
        var colleague = TestAccounts.handler("D-TRANSPORT");
        String tn = dispatched(citizen, caseOf("CONSULTATION", "TRANSPORT", "公交线路", "12路公交末班车几点？"),
                "D-TRANSPORT");
        transport.token();
        colleague.token();
        var tasks = new ArrayList<Callable<Integer>>();
        for (var handler : List.of(transport, colleague)) {
            tasks.add(() -> step(handler, tn, "reply", Map.of("text", "末班车22:30。" + handler.username())).status());
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            var statuses = pool.invokeAll(tasks).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        }
        assertThat(jdbc.sql("select count(*) from case_history h join consultation_case c on c.id = h.case_id "
                + "where c.tracking_number = ? and h.action = 'REPLY_DRAFTED'").param(tn).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void an_error_report_with_a_screenshot_is_answered_and_the_receipt_shows_progress_with_the_code_in_a_header() {
        var citizen = TestAccounts.citizen();
        var body = caseOf("ERROR_REPORT", null, "办事指南链接失效", "居住证办事指南页面中的表格下载链接打不开。");
        body.remove("category");
        body.put("pageUrl", "https://www.example.gov.cn/bszn/jzz.html");
        body.put("errorType", "BROKEN_LINK");
        var screenshot = expect(upload("/attachments", citizen, "截图.png", java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")), 201);
        body.put("attachmentIds", List.of(screenshot.json().get("id").asString()));
        var receipt = expect(post("/cases", citizen, body, "Idempotency-Key", "err-" + citizen.id()), 201);
        String tn = receipt.json().get("trackingNumber").asString();
        String code = receipt.json().get("queryCode").asString();
        var replay = expect(post("/cases", citizen, body, "Idempotency-Key", "err-" + citizen.id()), 200);
        assertThat(replay.json().get("trackingNumber").asString()).isEqualTo(tn);

        var progress = expect(get("/public/cases/" + tn + "/progress", null, "X-Query-Code", code), 200);
        assertThat(progress.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(progress.body()).doesNotContain("办事指南");
        expect(get("/public/cases/" + tn + "/progress", null, "X-Query-Code", "WRONG123"), 404);
        expect(get("/public/cases/" + tn + "/progress", null), 400);

        expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
        var dispatched = expect(step(dispatcher, tn, "dispatch", Map.of("lead", "D-HOUSING")), 200);
        assertThat(dispatched.json().get("category").asString()).isEqualTo("WEBSITE");
        assertThat(dispatched.json().get("deadlines").get(0).get("rule").asString())
                .isEqualTo("error-report-reply");
        var attachments = expect(get("/handling/cases/" + tn + "/attachments", housing), 200).json();
        assertThat(attachments.get(0).get("contentType").asString()).isEqualTo("image/png");
        expect(get("/handling/cases/" + tn + "/attachments/" + attachments.get(0).get("id").asString(), housing), 200);
        expect(get("/handling/cases/" + tn + "/attachments", transport), 404);
        expect(step(housing, tn, "reply", Map.of("text", "链接已修复，感谢指正。")), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true)), 200);
        expect(post("/cases/" + tn + "/rating", citizen, Map.of("rating", "SATISFIED")), 200);
        assertThat(get("/cases/" + tn, citizen).json().get("status").asString()).isEqualTo("CLOSED");
    }

    private String jdbcTn(org.citizenhub.testing.TestAccounts.Account citizen) {
        return jdbc.sql("select tracking_number from consultation_case where writer_id = ?").param(citizen.id())
                .query(String.class).single();
    }

    /** A working day a week or more ahead (the promise must be a working day within 90 days). */
    private String nextWorkingDayAfterAWeek() {
        var handling = this.handling;
        var time = handling.workingTime();
        var day = time.receivedOn(handling.now()).plusDays(7);
        while (!time.calendar().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.toString();
    }

    @Autowired
    CaseHandling handling;
}
