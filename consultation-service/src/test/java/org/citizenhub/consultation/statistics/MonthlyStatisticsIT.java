package org.citizenhub.consultation.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.consultation.PublicDataIT;
import org.citizenhub.testing.MovableClock;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The public monthly figures computed from real cases taken through the workflow with the service clock moved to
 * September and October 2026 (across National Day), for a department of this run only.
 */
class MonthlyStatisticsIT extends PublicDataIT {

    @Autowired
    HubCalendar calendar;

    private final Account department = TestAccounts.handler("D-ST" + UUID.randomUUID().toString().substring(0, 8)
            .toUpperCase());

    @Test
    void received_accepted_answered_on_time_working_days_and_satisfaction_count_in_the_month_they_happened() {
        var citizen = TestAccounts.citizen();
        // answered the next day, published, rated satisfied
        String quick = at("2026-09-07T09:00", () -> submit(citizen, consultation("开学时间", true)));
        at("2026-09-07T10:00", () -> accept(quick));
        at("2026-09-08T10:00", () -> reply(quick, true));
        at("2026-09-09T10:00", () -> rate(citizen, quick, "SATISFIED"));
        // answered two weeks later (the limit is 5 working days), rated unsatisfied
        String late = at("2026-09-07T09:30", () -> submit(citizen, consultation("校车路线", false)));
        at("2026-09-07T10:30", () -> accept(late));
        at("2026-09-21T10:00", () -> reply(late, false));
        at("2026-09-22T10:00", () -> rate(citizen, late, "UNSATISFIED"));
        // answered, never rated; the follow-up call heard "basically satisfied"
        String called = at("2026-09-08T09:00", () -> submit(citizen, consultation("午餐费用", false)));
        at("2026-09-08T10:00", () -> accept(called));
        at("2026-09-10T10:00", () -> reply(called, false));
        at("2026-09-15T10:00", () -> expect(step(dispatcher, called, "follow-up",
                Map.of("reached", true, "satisfaction", "BASICALLY_SATISFIED")), 200));
        // received and accepted before National Day, answered after it: counted in both months
        String acrossTheHoliday = at("2026-09-28T09:00", () -> submit(citizen, consultation("转学手续", false)));
        at("2026-09-28T10:00", () -> accept(acrossTheHoliday));
        at("2026-10-09T10:00", () -> reply(acrossTheHoliday, false));
        // a complaint still being investigated
        String complaint = at("2026-09-08T09:00", () -> submit(citizen, publicCase("COMPLAINT", "GENERAL", "食堂卫生",
                "学校食堂卫生差。")));
        at("2026-09-08T10:00", () -> accept(complaint));

        var september = expect(get("/public/statistics/2026-09", null), 200).json();
        assertThat(september.get("month").asString()).isEqualTo("2026-09");
        var consultations = figures(september, "CONSULTATION");
        assertThat(consultations.get("received").asLong()).isEqualTo(4);
        assertThat(consultations.get("accepted").asLong()).isEqualTo(4);
        assertThat(consultations.get("answered").asLong()).isEqualTo(3);
        assertThat(consultations.get("answeredOnTime").asLong()).isEqualTo(2);
        assertThat(consultations.get("published").asLong()).isEqualTo(1);
        var time = calendar.workingTime();
        double expectedDays = (time.workingDaysTaken(shanghai("2026-09-07T10:00"), shanghai("2026-09-08T10:00"))
                + time.workingDaysTaken(shanghai("2026-09-07T10:30"), shanghai("2026-09-21T10:00"))
                + time.workingDaysTaken(shanghai("2026-09-08T10:00"), shanghai("2026-09-10T10:00"))) / 3.0;
        assertThat(consultations.get("averageWorkingDays").asDouble())
                .isEqualTo(Math.round(expectedDays * 10) / 10.0);
        assertThat(consultations.get("rated").asLong()).isEqualTo(3);
        assertThat(consultations.get("satisfied").asLong()).isEqualTo(1);
        assertThat(consultations.get("basicallySatisfied").asLong()).isEqualTo(1);
        assertThat(consultations.get("unsatisfied").asLong()).isEqualTo(1);
        assertThat(consultations.get("satisfactionRate").asDouble()).isEqualTo(66.7);

        var complaints = figures(september, "COMPLAINT");
        assertThat(complaints.get("received").asLong()).isEqualTo(1);
        assertThat(complaints.get("accepted").asLong()).isEqualTo(1);
        assertThat(complaints.get("answered").asLong()).isZero();
        assertThat(complaints.get("averageWorkingDays").isNull()).isTrue();
        assertThat(complaints.get("satisfactionRate").isNull()).isTrue();
        // the kind's total over all departments holds at least this department's figures
        for (JsonNode total : september.get("byKind")) {
            assertThat(total.get("department").isNull()).isTrue();
            if (total.get("kind").asString().equals("CONSULTATION")) {
                assertThat(total.get("answered").asLong()).isGreaterThanOrEqualTo(3);
            }
        }

        var october = expect(get("/public/statistics/2026-10", null), 200).json();
        var octoberConsultations = figures(october, "CONSULTATION");
        assertThat(octoberConsultations.get("received").asLong()).isZero();
        assertThat(octoberConsultations.get("answered").asLong()).isEqualTo(1);
        assertThat(octoberConsultations.get("answeredOnTime").asLong()).isEqualTo(1);

        // a month without anything of this department lists none of its rows
        var august = expect(get("/public/statistics/2026-08", null), 200).json();
        august.get("byDepartmentAndKind").forEach(f ->
                assertThat(f.get("department").asString()).isNotEqualTo(department.department()));
        expect(get("/public/statistics/2026-13", null), 400);
        expect(get("/public/statistics/2026-9", null), 400);
        expect(get("/public/statistics/september", null), 400);
    }

    private Map<String, Object> consultation(String title, boolean publish) {
        var body = publicCase("CONSULTATION", "GENERAL", title, "请问" + title + "是怎样安排的？");
        body.put("agreesToPublication", publish);
        return body;
    }

    private void accept(String tn) {
        expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
        expect(step(dispatcher, tn, "dispatch", Map.of("lead", department.department(), "coHandlers",
                java.util.List.of())), 200);
    }

    private void reply(String tn, boolean publish) {
        expect(step(department, tn, "reply", Map.of("text", "答复内容。")), 200);
        expect(step(reviewer, tn, "review", Map.of("approve", true, "allowPublication", publish)), 200);
    }

    private void rate(Account citizen, String tn, String rating) {
        expect(post("/cases/" + tn + "/rating", citizen, Map.of("rating", rating)), 200);
    }

    private JsonNode figures(JsonNode month, String kind) {
        for (JsonNode f : month.get("byDepartmentAndKind")) {
            if (department.department().equals(f.get("department").asString()) && kind.equals(f.get("kind")
                    .asString())) {
                return f;
            }
        }
        throw new AssertionError("no figures of " + department.department() + " " + kind + " in " + month);
    }

    private static Instant shanghai(String local) {
        return LocalDateTime.parse(local).atZone(MovableClock.SHANGHAI).toInstant();
    }

    private static <T> T at(String shanghaiLocal, java.util.function.Supplier<T> action) {
        MovedClock.CLOCK.set(shanghaiLocal);
        return action.get();
    }

    private static void at(String shanghaiLocal, Runnable action) {
        MovedClock.CLOCK.set(shanghaiLocal);
        action.run();
    }
}
