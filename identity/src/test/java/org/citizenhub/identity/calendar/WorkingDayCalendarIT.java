package org.citizenhub.identity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public calendar, read without a token, with the bundled 2026 notice (Spring Festival 15–23 February). */
@HubIntegrationTest
class WorkingDayCalendarIT {

    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    @Test
    void anyone_sees_which_years_the_calendar_covers_and_under_which_notice() {
        var response = http.get("/calendar/years", null);

        assertThat(response.status()).isEqualTo(200);
        var years = new ArrayList<Integer>();
        response.json().forEach(y -> years.add(y.path("year").asInt()));
        assertThat(years).contains(2020, 2021, 2022, 2023, 2024, 2025, 2026).isSorted();
        var year2026 = response.json().get(years.indexOf(2026));
        assertThat(year2026.path("notice").asString()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(year2026.path("title").asString()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(year2026.path("published").asString()).isEqualTo("2025-11-04");
    }

    @Test
    void from_the_friday_before_the_2026_spring_festival_to_the_wednesday_after_are_three_working_days() {
        var response = http.get("/calendar/working-days?from=2026-02-13&to=2026-02-25", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("from").asString()).isEqualTo("2026-02-13");
        assertThat(response.json().path("to").asString()).isEqualTo("2026-02-25");
        // Saturday 14 (make-up working day), Tuesday 24, Wednesday 25; 15-23 are the Spring Festival
        assertThat(response.json().path("workingDays").asInt()).isEqualTo(3);
    }

    @Test
    void received_before_closing_on_friday_13_february_2026_three_working_days_are_due_at_closing_on_the_25th() {
        var response = http.get("/calendar/deadline?workingDays=3&receivedAt=2026-02-13T16:00%2B08:00", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(dateTime(response.json().path("receivedAt"))).isEqualTo(OffsetDateTime.parse("2026-02-13T16:00+08:00"));
        assertThat(response.json().path("receivedOn").asString()).isEqualTo("2026-02-13");
        assertThat(response.json().path("workingDays").asInt()).isEqualTo(3);
        assertThat(dateTime(response.json().path("dueAt"))).isEqualTo(OffsetDateTime.parse("2026-02-25T17:00+08:00"));
        assertThat(response.json().path("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(response.json().path("officeOpens").asString()).startsWith("09:00");
        assertThat(response.json().path("officeCloses").asString()).startsWith("17:00");
    }

    @Test
    void received_after_closing_it_counts_as_received_on_the_next_working_day_and_falls_due_a_day_later() {
        var response = http.get("/calendar/deadline?workingDays=3&receivedAt=2026-02-13T18:30%2B08:00", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("receivedOn").asString()).isEqualTo("2026-02-14");
        assertThat(dateTime(response.json().path("dueAt"))).isEqualTo(OffsetDateTime.parse("2026-02-26T17:00+08:00"));
    }

    @Test
    void a_moment_in_another_zone_is_read_in_beijing_time() {
        // 08:30 UTC is 16:30 in Beijing: before closing, so received that Friday
        var response = http.get("/calendar/deadline?workingDays=3&receivedAt=2026-02-13T08:30Z", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(dateTime(response.json().path("receivedAt"))).isEqualTo(OffsetDateTime.parse("2026-02-13T16:30+08:00"));
        assertThat(dateTime(response.json().path("dueAt"))).isEqualTo(OffsetDateTime.parse("2026-02-25T17:00+08:00"));
    }

    @Test
    void without_receivedAt_the_deadline_counts_from_now() {
        var now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        assumeTrue(coveredYears().contains(now.plusDays(20).getYear()),
                "the calendar must cover the next weeks (load the coming year's notice)");

        var response = http.get("/calendar/deadline?workingDays=1", null);

        assertThat(response.status()).isEqualTo(200);
        var receivedAt = dateTime(response.json().path("receivedAt"));
        assertThat(receivedAt).isCloseTo(now, within(1, ChronoUnit.MINUTES));
        assertThat(receivedAt.getOffset()).isEqualTo(now.getOffset());
        assertThat(dateTime(response.json().path("dueAt"))).isAfter(receivedAt);
    }

    @Test
    void each_day_says_whether_it_is_worked_and_to_which_holiday_it_belongs() {
        var response = http.get("/calendar/days?from=2026-02-14&to=2026-02-16", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).hasSize(3);
        assertDay(response.json().get(0), "2026-02-14", "MAKE_UP_WORKDAY", true, "春节", "Spring Festival");
        assertDay(response.json().get(1), "2026-02-15", "HOLIDAY", false, "春节", "Spring Festival");
        assertDay(response.json().get(2), "2026-02-16", "HOLIDAY", false, "春节", "Spring Festival");
    }

    @Test
    void a_plain_weekday_and_weekend_have_no_holiday() {
        var response = http.get("/calendar/days?from=2026-03-06&to=2026-03-07", null);

        assertDay(response.json().get(0), "2026-03-06", "WORKDAY", true, null, null);
        assertDay(response.json().get(1), "2026-03-07", "WEEKEND", false, null, null);
    }

    @Test
    void a_date_in_a_year_without_a_notice_is_refused_with_422_naming_the_year_never_guessed() {
        var workingDays = http.get("/calendar/working-days?from=2019-12-30&to=2020-01-03", null);
        var deadline = http.get("/calendar/deadline?workingDays=3&receivedAt=2019-12-30T10:00%2B08:00", null, "en");
        var days = http.get("/calendar/days?from=2019-12-31&to=2020-01-01", null);

        for (var response : List.of(workingDays, deadline, days)) {
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("type").asString()).endsWith("/calendar-year-not-loaded");
            assertThat(response.json().path("detail").asString()).contains("2019");
            assertThat(response.json().path("year").asInt()).isEqualTo(2019);
        }
        assertThat(workingDays.json().path("title").asString()).isEqualTo("工作日历未覆盖该年份");
        assertThat(deadline.json().path("title").asString()).isEqualTo("Year not in the working-day calendar");
    }

    @Test
    void a_number_of_working_days_outside_1_to_365_is_a_validation_failure_on_that_parameter() {
        for (var workingDays : List.of("0", "366", "-1")) {
            var response = http.get("/calendar/deadline?workingDays=" + workingDays
                    + "&receivedAt=2026-02-13T16:00%2B08:00", null);

            assertThat(response.status()).as(workingDays).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("type").asString()).endsWith("/validation-failed");
            assertThat(fields(response.json())).containsExactly("workingDays");
        }
    }

    @Test
    void a_period_ending_before_it_starts_or_longer_than_366_days_is_a_validation_failure_on_to() {
        var reversed = http.get("/calendar/working-days?from=2026-02-25&to=2026-02-13", null, "en");
        var tooLong = http.get("/calendar/days?from=2025-01-01&to=2026-01-02", null);
        var aWholeLeapYear = http.get("/calendar/days?from=2024-01-01&to=2024-12-31", null);

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().path("type").asString()).endsWith("/validation-failed");
        assertThat(fields(reversed.json())).containsExactly("to");
        assertThat(reversed.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must not be before from");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(fields(tooLong.json())).containsExactly("to");
        assertThat(tooLong.json().path("errors").get(0).path("message").asString()).contains("366");
        assertThat(aWholeLeapYear.status()).isEqualTo(200);
        assertThat(aWholeLeapYear.json()).hasSize(366);
    }

    @Test
    void a_missing_or_impossible_date_is_a_bad_request() {
        var missing = http.get("/calendar/working-days?from=2026-02-13", null);
        var impossible = http.get("/calendar/working-days?from=2026-02-13&to=2026-02-30", null);
        var notADate = http.get("/calendar/days?from=yesterday&to=2026-02-13", null);
        var noOffset = http.get("/calendar/deadline?workingDays=3&receivedAt=2026-02-13T16:00", null);

        for (var response : List.of(missing, impossible, notADate, noOffset)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private List<Integer> coveredYears() {
        var years = new ArrayList<Integer>();
        http.get("/calendar/years", null).json().forEach(y -> years.add(y.path("year").asInt()));
        return years;
    }

    private static void assertDay(JsonNode day, String date, String kind, boolean working, String holiday,
                                  String holidayEn) {
        assertThat(day.path("date").asString()).isEqualTo(date);
        assertThat(day.path("kind").asString()).isEqualTo(kind);
        assertThat(day.path("working").asBoolean()).isEqualTo(working);
        assertThat(textOrNull(day.path("holiday"))).isEqualTo(holiday);
        assertThat(textOrNull(day.path("holidayEn"))).isEqualTo(holidayEn);
    }

    private static String textOrNull(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static OffsetDateTime dateTime(JsonNode node) {
        return OffsetDateTime.parse(node.asString());
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }
}
