package org.citizenhub.consultation.cases;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.consultation.ConsultationIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines with the service's clock moved across National Day 2026 (Mid-Autumn 25–27 Sep, National Day 1–7 Oct;
 * Sunday 20 Sep and Saturday 10 Oct worked): both complaint deadlines (investigation, then the promised
 * completion), the 纠错 rule of 3 working days, a calendar-day rule and a working-hour rule, an administrator's
 * rule, and the shared due-soon / overdue announcements, each once.
 */
class DeadlinesAcrossNationalDayIT extends ConsultationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    DeadlineWatch watch;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_complaint_is_investigated_within_15_working_days_then_completed_by_the_promised_date() {
        var citizen = TestAccounts.citizen();
        try (var probe = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            MovedClock.CLOCK.set("2026-09-22T10:00");
            String tn = dispatched(citizen, caseOf("COMPLAINT", "TRANSPORT", "出租车拒载", "国庆前在火车站遭出租车拒载。"),
                    "D-TRANSPORT");
            var view = get("/handling/cases/" + tn, transport).json();
            // 23, 24, 28, 29, 30 Sep, 8, 9, 10 (worked Saturday), 12–16, 19, 20 Oct: the 15th working day is 20 Oct
            assertThat(deadline(view, "investigation").get("dueAt").asString()).isEqualTo("2026-10-20T17:00:00+08:00");

            MovedClock.CLOCK.set("2026-10-16T10:00");
            watch.roundWithoutLock();
            var dueSoon = probe.awaitRecord(r -> tn.equals(r.key())
                    && DeadlineAnnounced.DUE_SOON_TYPE.equals(KafkaProbe.header(r, "ce_type"))
                    && r.value().contains("\"investigation\""), PATIENCE);
            // asked on no site: the root's; led by a city bureau
            assertThat(MAPPER.readTree(dueSoon.value()).get("site").asString()).isEqualTo("GOV");
            assertThat(MAPPER.readTree(dueSoon.value()).get("handlingSite").asString()).isEqualTo("GOV");
            assertThat(get("/workbench/supervision?filter=due-soon&size=200", supervisor).body()).contains(tn);
            assertThat(get("/workbench/supervision?filter=overdue&size=200", supervisor).body()).doesNotContain(tn);

            var promised = expect(step(transport, tn, "promised-completion",
                    Map.of("date", "2026-10-23", "note", "需约谈出租车公司")), 200).json();
            assertThat(deadline(promised, "investigation").get("metOnTime").asBoolean()).isTrue();
            assertThat(deadline(promised, "completion").get("dueAt").asString())
                    .isEqualTo("2026-10-23T17:00:00+08:00");
            assertThat(get("/cases/" + tn, citizen).json().get("deadline").get("name").asString())
                    .isEqualTo("completion");

            MovedClock.CLOCK.set("2026-10-26T09:30");
            watch.roundWithoutLock();
            watch.roundWithoutLock();
            probe.awaitRecord(r -> tn.equals(r.key())
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type"))
                    && r.value().contains("\"completion\""), PATIENCE);
            probe.assertNoRecord(r -> tn.equals(r.key()) && r.value().contains("\"investigation\"")
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(2));
            assertThat(probe.records().stream().filter(r -> tn.equals(r.key())
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type"))).count()).isEqualTo(1);
            assertThat(get("/workbench/supervision?filter=overdue", supervisor).body()).contains(tn);
            expect(step(supervisor, tn, "urging", Map.of("note", "已超承诺办结日期，请即办理")), 200);
        }
    }

    @Test
    void an_error_report_accepted_on_the_eve_of_national_day_is_answered_within_3_working_days() {
        var citizen = TestAccounts.citizen();
        MovedClock.CLOCK.set("2026-09-30T10:00");
        var body = caseOf("ERROR_REPORT", "WEBSITE", "政策文件已过期", "首页“最新政策”仍是2024年的文件。");
        body.put("pageUrl", "https://www.example.gov.cn/index.html");
        body.put("errorType", "WRONG_OR_OUTDATED");
        String tn = dispatched(citizen, body, "D-HOUSING");

        // 8, 9 and 10 Oct (a worked Saturday) are the three working days after the holiday
        var view = get("/handling/cases/" + tn, housing).json();
        assertThat(deadline(view, "reply").get("dueAt").asString()).isEqualTo("2026-10-10T17:00:00+08:00");
        assertThat(deadline(view, "reply").get("rule").asString()).isEqualTo("error-report-reply");

        MovedClock.CLOCK.set("2026-10-09T15:00");
        expect(step(housing, tn, "reply", Map.of("text", "已更新为现行政策文件。")), 200);
        var answered = expect(step(reviewer, tn, "review", Map.of("approve", true)), 200).json();
        assertThat(answered.get("reply").get("approval").get("onTime").asBoolean()).isTrue();
        assertThat(answered.get("reply").get("approval").get("workingDaysTaken").asInt()).isEqualTo(2);

        // left unrated for more than 5 working days, it joins the dispatch centre's follow-up queue
        MovedClock.CLOCK.set("2026-10-15T10:00");
        assertThat(get("/workbench/follow-up?size=200", dispatcher).body()).doesNotContain(tn);
        MovedClock.CLOCK.set("2026-10-19T10:00");
        assertThat(get("/workbench/follow-up?size=200", dispatcher).body()).contains(tn);
        expect(step(dispatcher, tn, "follow-up", Map.of("reached", false, "note", "电话无人接听")), 200);
        assertThat(get("/cases/" + tn, citizen).json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void a_petition_counts_60_calendar_days_and_a_safety_hazard_2_working_hours_across_the_holiday() {
        var citizen = TestAccounts.citizen();
        MovedClock.CLOCK.set("2026-09-22T10:00");
        String petition = dispatched(citizen, caseOf("COMPLAINT", "PETITION", "拆迁补偿", "对拆迁补偿标准有异议。"),
                "D-HOUSING");
        var p = deadline(get("/handling/cases/" + petition, housing).json(), "investigation");
        assertThat(p.get("unit").asString()).isEqualTo("CALENDAR_DAYS");
        // 60 days after 22 Sep is Saturday 21 Nov, a rest day: the period ends on Monday 23 Nov
        assertThat(p.get("dueAt").asString()).isEqualTo("2026-11-23T17:00:00+08:00");

        MovedClock.CLOCK.set("2026-09-30T16:00");
        String hazard = dispatched(citizen, caseOf("COMPLAINT", "SAFETY_HAZARD", "燃气泄漏", "小区燃气管道有异味。"),
                "D-HOUSING");
        var h = deadline(get("/handling/cases/" + hazard, housing).json(), "investigation");
        assertThat(h.get("unit").asString()).isEqualTo("WORKING_HOURS");
        // one working hour on 30 Sep, the second after the holiday: 8 Oct 10:00
        assertThat(h.get("dueAt").asString()).isEqualTo("2026-10-08T10:00:00+08:00");
        var extended = step(housing, hazard, "extension-request", Map.of("amount", 3, "reason", "需停气检修"));
        expect(extended, 200);
        expect(step(supervisor, hazard, "extension-decision", Map.of("approve", true)), 200);
        assertThat(deadline(get("/handling/cases/" + hazard, housing).json(), "investigation").get("dueAt").asString())
                .isEqualTo("2026-10-08T13:00:00+08:00");
    }

    @Test
    void an_administrator_sets_a_rule_for_a_kind_and_category_and_the_change_is_audited() {
        var rule = Map.of("unit", "WORKING_DAYS", "amount", 3, "dueSoon", 1);
        expect(request("PUT", "/admin/time-rules/CONSULTATION/SOCIAL_SECURITY/reply", transport, JSON,
                MAPPER.writeValueAsString(rule)), 403);
        var set = expect(request("PUT", "/admin/time-rules/CONSULTATION/SOCIAL_SECURITY/reply", admin, JSON,
                MAPPER.writeValueAsString(rule)), 200);
        assertThat(set.json().get("amount").asInt()).isEqualTo(3);
        try {
            var citizen = TestAccounts.citizen();
            MovedClock.CLOCK.set("2026-09-29T10:00");
            String tn = dispatched(citizen, caseOf("CONSULTATION", "SOCIAL_SECURITY", "社保转移", "跨省社保如何转移？"),
                    "D-HOUSING");
            // 30 Sep, 8 Oct, 9 Oct
            assertThat(deadline(get("/handling/cases/" + tn, housing).json(), "reply").get("dueAt").asString())
                    .isEqualTo("2026-10-09T17:00:00+08:00");
            assertThat(get("/admin/time-rules", admin).body()).contains("SOCIAL_SECURITY");
            assertThat(jdbc.sql("select count(*) from admin_audit_log where action = 'consultation.time-rule.set' "
                    + "and target_id = 'CONSULTATION/SOCIAL_SECURITY/reply'").query(Integer.class).single())
                    .isPositive();
        } finally {
            expect(request("DELETE", "/admin/time-rules/CONSULTATION/SOCIAL_SECURITY/reply", admin, null, null),
                    204);
        }
    }

    private static tools.jackson.databind.JsonNode deadline(tools.jackson.databind.JsonNode view, String name) {
        for (var d : view.get("deadlines")) {
            if (d.get("name").asString().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no deadline " + name + " in " + view.get("deadlines"));
    }

}
