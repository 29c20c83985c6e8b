package org.citizenhub.supervision.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.supervision.SupervisionIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 督办 on the real servers with real tokens: a notice, its reply and its acceptance; a reply sent back; an unanswered
 * notice escalating once to the department head; who sees the notices on a case; a district supervisor kept to their
 * district; the events on Kafka. Cases are rows of the read model's {@code sv_case}, written here with SQL.
 */
class NoticesIT extends SupervisionIT {

    private static final Account SUPERVISOR = TestAccounts.supervisor();
    private static final Account TRANSPORT = TestAccounts.handler("D-TRANSPORT");
    private static final Account TRANSPORT_HEAD = TestAccounts.withRoles("D-TRANSPORT", "department-head");
    private static final Account ECOLOGY = TestAccounts.handler("D-ECOLOGY");
    private static final Account DONGCHENG_SUPERVISOR = TestAccounts.atSite("DONGCHENG", null, "supervisor");
    private static final Account XICHENG_SUPERVISOR = TestAccounts.atSite("XICHENG", null, "supervisor");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeEscalation escalation;

    @Autowired
    DeadlineWatch watch;

    /** A mailbox letter in the read model, open, handled by {@code department}; its case id and tracking number. */
    private String[] letter(String department, String site) {
        String caseId = UUID.randomUUID().toString();
        String tn = "ML20261116" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Instant received = Instant.parse("2026-11-10T02:00:00Z");
        jdbc.sql("""
                insert into sv_case (service, case_type, case_id, tracking_number, department, site, handling_site,
                                     received_at, due_at, deadline, last_occurred_at)
                values ('mailbox', 'letter', :id, :tn, :department, :site, :site, :received, :due, 'reply', :received)
                """).param("id", caseId).param("tn", tn).param("department", department).param("site", site)
                .param("received", Timestamp.from(received))
                .param("due", Timestamp.from(Instant.parse("2026-12-01T09:00:00Z"))).update();
        return new String[] {caseId, tn};
    }

    private JsonNode issue(Account supervisor, String trackingNumber, Integer workingDays) {
        var body = new HashMap<String, Object>();
        body.put("service", "mailbox");
        body.put("trackingNumber", trackingNumber);
        body.put("measures", "来信反映公交站台破损已逾期未复，请核查原因、提出整改措施并答复。");
        if (workingDays != null) {
            body.put("workingDays", workingDays);
        }
        return expect(post("/notices", supervisor, body), 201).json();
    }

    /**
     * A record of this test's notice: notice numbers restart in every test database while the broker is shared by
     * every run, so the random case id in the payload tells ours apart.
     */
    private static boolean ours(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String number,
                                String caseId, String type) {
        return number.equals(r.key()) && r.value().contains(caseId) && type.equals(KafkaProbe.header(r, "ce_type"));
    }

    /** The notice's id: the case id of its shared deadline events. */
    private String noticeId(String number) {
        return jdbc.sql("select id::text from sv_notice where number = :n").param("n", number).query(String.class)
                .single();
    }

    private List<String> audited(String number) {
        return jdbc.sql("select action from admin_audit_log where target_type = 'supervision-notice' "
                + "and target_id = :n order by id").param("n", number).query(String.class).list();
    }

    @Test
    void a_notice_its_reply_and_its_acceptance_end_the_supervision_audited_and_on_kafka() {
        String[] letter = letter("D-TRANSPORT", "GOV");
        try (var probe = KafkaProbe.subscribe(NoticeEvents.TOPIC)) {
            JsonNode notice = issue(SUPERVISOR, letter[1], null);
            String number = notice.get("number").asString();
            assertThat(notice.get("phase").asString()).isEqualTo("ISSUED");
            assertThat(notice.get("department").asString()).isEqualTo("D-TRANSPORT");
            assertThat(notice.get("caseId").asString()).isEqualTo(letter[0]);
            // Monday 10:00 + 3 working days (the default): due when the office closes on Thursday
            assertThat(notice.get("replyDueAt").asString()).startsWith("2026-11-19T");

            assertThat(post("/notices/" + number + "/acceptance", SUPERVISOR, Map.of()).problemType())
                    .isEqualTo("supervision-notice-no-reply-to-review");
            var replied = expect(post("/notices/" + number + "/replies", TRANSPORT,
                    Map.of("measures", "已于当日修复站台，并约谈养护单位；已电话答复来信人。")), 200).json();
            assertThat(replied.get("phase").asString()).isEqualTo("REPLIED");
            assertThat(post("/notices/" + number + "/acceptance", TRANSPORT, Map.of()).problemType())
                    .isEqualTo("supervision-notice-supervisors-only");

            var accepted = expect(post("/notices/" + number + "/acceptance", SUPERVISOR,
                    Map.of("comment", "措施到位，予以认可。")), 200).json();
            assertThat(accepted.get("phase").asString()).isEqualTo("ACCEPTED");
            assertThat(accepted.get("steps").findValuesAsString("kind"))
                    .containsExactly("ISSUED", "REPLIED", "ACCEPTED");
            assertThat(audited(number)).containsExactly("supervision-notice-issued", "supervision-notice-replied",
                    "supervision-notice-accepted");

            for (String type : List.of(NoticeEvents.ISSUED, NoticeEvents.REPLIED, NoticeEvents.ACCEPTED)) {
                var event = probe.awaitRecord(r -> ours(r, number, letter[0], type), Duration.ofSeconds(30));
                assertThat(event.value()).contains(letter[0]).contains("D-TRANSPORT")
                        .doesNotContain("站台").doesNotContain(SUPERVISOR.id()).doesNotContain(TRANSPORT.username());
            }
        }
    }

    @Test
    void a_reply_sent_back_is_answered_in_a_second_round() {
        String number = issue(SUPERVISOR, letter("D-TRANSPORT", "GOV")[1], 2).get("number").asString();
        expect(post("/notices/" + number + "/replies", TRANSPORT, Map.of("measures", "已处理。")), 200);
        var returned = expect(post("/notices/" + number + "/returns", SUPERVISOR,
                Map.of("comment", "措施不具体，请补充整改时间表。", "workingDays", 5)), 200).json();
        assertThat(returned.get("phase").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("round").asInt()).isEqualTo(2);
        assertThat(returned.get("replyDueAt").asString()).startsWith("2026-11-23T");
        var second = expect(post("/notices/" + number + "/replies", TRANSPORT_HEAD,
                Map.of("measures", "12月1日前完成全部站台排查。")), 200).json();
        assertThat(second.get("round").asInt()).isEqualTo(2);
        assertThat(second.get("steps").get(3).get("role").asString()).isEqualTo("department-head");
        assertThat(audited(number)).containsExactly("supervision-notice-issued", "supervision-notice-replied",
                "supervision-notice-returned", "supervision-notice-replied");
    }

    @Test
    void an_unanswered_notice_escalates_to_the_department_head_once_however_often_the_job_runs() {
        String[] letter = letter("D-TRANSPORT", "GOV");
        String number = issue(SUPERVISOR, letter[1], 1).get("number").asString();
        try (var notices = KafkaProbe.subscribe(NoticeEvents.TOPIC);
             var deadlines = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            escalation.escalateOverdue();
            assertThat(audited(number)).as("not before the deadline").containsExactly("supervision-notice-issued");

            MovedClock.CLOCK.set("2026-11-18T10:00");
            escalation.escalateOverdue();
            escalation.escalateOverdue();

            assertThat(audited(number)).containsExactly("supervision-notice-issued", "supervision-notice-escalated");
            var seen = expect(get("/notices/" + number, TRANSPORT_HEAD), 200).json();
            assertThat(seen.get("phase").asString()).isEqualTo("ESCALATED");
            assertThat(seen.get("steps").findValuesAsString("kind")).containsExactly("ISSUED", "ESCALATED");
            var headsList = expect(get("/notices/received?escalated=true&size=100", TRANSPORT_HEAD), 200).json();
            assertThat(headsList.findValuesAsString("number")).contains(number);

            var escalated = notices.awaitRecord(r -> ours(r, number, letter[0], NoticeEvents.ESCALATED),
                    Duration.ofSeconds(30));
            assertThat(escalated.value()).contains("\"escalatedTo\":\"department-head\"");
            watch.roundWithoutLock();
            String noticeId = noticeId(number);
            var overdue = deadlines.awaitRecord(r -> number.equals(r.key())
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type"))
                    && r.value().contains(noticeId), Duration.ofSeconds(30));
            assertThat(notices.records().stream().filter(r -> ours(r, number, letter[0], NoticeEvents.ESCALATED)))
                    .as("escalated once").hasSize(1);
            assertThat(overdue.value()).contains("\"caseType\":\"supervision-notice\"")
                    .contains("\"service\":\"supervision\"").contains("D-TRANSPORT");
        }
        var replied = expect(post("/notices/" + number + "/replies", TRANSPORT_HEAD,
                Map.of("measures", "负责人已督促整改并答复来信人。")), 200).json();
        assertThat(replied.get("phase").asString()).isEqualTo("REPLIED");
        assertThat(replied.get("escalated").asBoolean()).isTrue();
    }

    @Test
    void the_notices_on_a_case_show_to_its_department_and_the_supervisor_but_not_to_another_department() {
        String[] letter = letter("D-TRANSPORT", "GOV");
        String number = issue(SUPERVISOR, letter[1], null).get("number").asString();
        expect(post("/notices/" + number + "/replies", TRANSPORT, Map.of("measures", "已整改。")), 200);
        String path = "/cases/mailbox/" + letter[0] + "/notices";

        for (Account allowed : List.of(TRANSPORT, TRANSPORT_HEAD, SUPERVISOR)) {
            var onCase = expect(get(path, allowed), 200).json();
            assertThat(onCase.findValuesAsString("number")).as(allowed.toString()).containsExactly(number);
            assertThat(onCase.get(0).get("steps").findValuesAsString("text")).contains("已整改。");
        }
        for (Account other : List.of(ECOLOGY, TestAccounts.citizen())) {
            var refused = get(path, other);
            assertThat(refused.status()).as(other.toString()).isEqualTo(404);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(get("/notices/" + number, other).status()).isEqualTo(404);
        }
        assertThat(post("/notices/" + number + "/replies", ECOLOGY, Map.of("measures", "x")).status())
                .isEqualTo(404);
        assertThat(expect(get("/notices/issued?size=100", SUPERVISOR), 200).json().findValuesAsString("number"))
                .contains(number);
        assertThat(expect(get("/notices/received?size=100", TRANSPORT), 200).json().findValuesAsString("number"))
                .contains(number);
        assertThat(expect(get("/notices/received?size=100", ECOLOGY), 200).json().findValuesAsString("number"))
                .doesNotContain(number);
    }

    @Test
    void a_district_supervisor_cannot_issue_a_notice_on_a_case_of_the_other_district() {
        String[] xicheng = letter("D-XICHENG-HOUSING", "XICHENG");
        var body = Map.of("service", "mailbox", "caseId", xicheng[0], "measures", "请核查并答复。");

        var refused = post("/notices", DONGCHENG_SUPERVISOR, body);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("supervision-notice-case-outside-scope");
        assertThat(refused.json().get("detail").asString()).contains("D-XICHENG-HOUSING").contains("督办范围");
        var english = request("POST", "/notices", DONGCHENG_SUPERVISOR, JSON, MAPPER.writeValueAsString(body),
                "Accept-Language", "en");
        assertThat(english.json().get("detail").asString()).contains("outside your supervision scope");
        assertThat(get("/cases/mailbox/" + xicheng[0] + "/notices", DONGCHENG_SUPERVISOR).status()).isEqualTo(404);

        String key = "notice-" + UUID.randomUUID();
        var issued = expect(post("/notices", XICHENG_SUPERVISOR, body, "Idempotency-Key", key), 201).json();
        assertThat(issued.get("site").asString()).isEqualTo("XICHENG");
        var retried = expect(post("/notices", XICHENG_SUPERVISOR, body, "Idempotency-Key", key), 201).json();
        assertThat(retried.get("number").asString()).as("a retry gets the first notice back")
                .isEqualTo(issued.get("number").asString());
        assertThat(post("/notices", SUPERVISOR, body).problemType())
                .isEqualTo("supervision-notice-one-open-notice-per-case");
    }
}
