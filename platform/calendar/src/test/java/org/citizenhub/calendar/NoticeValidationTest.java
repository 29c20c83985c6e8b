package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.citizenhub.calendar.HolidayNotice.Holiday;
import org.junit.jupiter.api.Test;

/** What an administrator's notice must satisfy before the calendar takes it; a refusal changes nothing. */
class NoticeValidationTest {

    private final WorkingCalendar bundled = BundledNotices.calendar();

    static HolidayNotice notice2027(Holiday... holidays) {
        return new HolidayNotice(2027, "国办发明电〔2026〕X号", "国务院办公厅关于2027年部分节假日安排的通知",
                LocalDate.of(2026, 11, 5), List.of(), List.of(holidays));
    }

    static Holiday holiday(String name, String from, String to, String... workdays) {
        return new Holiday(name, null, LocalDate.parse(from), LocalDate.parse(to),
                java.util.Arrays.stream(workdays).map(LocalDate::parse).toList(), null);
    }

    static final Holiday NEW_YEAR_2027 = holiday("元旦", "2027-01-01", "2027-01-03");
    static final Holiday SPRING_FESTIVAL_2027 = holiday("春节", "2027-02-06", "2027-02-13", "2027-01-31", "2027-02-20");

    @Test
    void a_sound_notice_for_the_next_year_extends_the_calendar() {
        WorkingCalendar extended = bundled.with(notice2027(NEW_YEAR_2027, SPRING_FESTIVAL_2027));

        assertThat(extended.loadedYears()).endsWith(2026, 2027);
        assertThat(extended.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 1, 31))).isTrue();
        assertThat(bundled.loadedYears()).doesNotContain(2027);
    }

    @Test
    void a_date_in_a_year_with_no_notice_is_an_explicit_error_never_weekends_only() {
        assertThatThrownBy(() -> bundled.isWorkingDay(LocalDate.of(2027, 3, 1)))
                .isInstanceOf(YearNotLoadedException.class)
                .hasMessageContaining("2027").hasMessageContaining("2020–2026");
        assertThatThrownBy(() -> bundled.workingDaysBetween(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 3)))
                .isInstanceOf(YearNotLoadedException.class).hasMessageContaining("2019");
        assertThatThrownBy(() -> bundled.nthWorkingDayAfter(LocalDate.of(2026, 12, 30), 5))
                .isInstanceOf(YearNotLoadedException.class).hasMessageContaining("2027");
        assertThatThrownBy(() -> WorkingCalendar.empty().isWorkingDay(LocalDate.of(2026, 3, 2)))
                .isInstanceOf(YearNotLoadedException.class).hasMessageContaining("none");
    }

    @Test
    void overlapping_holidays_are_refused() {
        assertRefused(notice2027(NEW_YEAR_2027, holiday("春节", "2027-01-03", "2027-01-09")), "holidays-overlap");
    }

    @Test
    void a_holiday_that_ends_before_it_starts_is_refused() {
        assertRefused(notice2027(holiday("春节", "2027-02-13", "2027-02-06")), "holiday-range-reversed");
    }

    @Test
    void a_day_both_off_and_worked_is_refused() {
        assertRefused(notice2027(holiday("春节", "2027-02-06", "2027-02-13", "2027-02-07")), "day-both-off-and-worked");
    }

    @Test
    void a_make_up_working_day_on_a_weekday_is_refused() {
        assertRefused(notice2027(holiday("春节", "2027-02-06", "2027-02-13", "2027-02-15")), "workday-not-on-weekend");
    }

    @Test
    void a_holiday_in_another_year_or_of_impossible_length_is_refused() {
        assertRefused(notice2027(holiday("国庆节", "2028-10-01", "2028-10-07")), "date-outside-year");
        assertRefused(notice2027(holiday("春节", "2027-02-01", "2027-02-28")), "holiday-too-long");
    }

    @Test
    void a_notice_without_number_title_or_holidays_is_refused() {
        var blank = new HolidayNotice(2027, " ", null, null, List.of(), List.of());
        assertRefused(blank, "text-missing");
        assertRefused(blank, "no-holidays");
    }

    @Test
    void a_year_that_leaves_a_gap_is_refused() {
        var notice2028 = new HolidayNotice(2028, "国办发明电〔2027〕X号", "2028", null, List.of(),
                List.of(holiday("元旦", "2028-01-01", "2028-01-01")));
        assertThatThrownBy(() -> bundled.with(notice2028))
                .isInstanceOfSatisfying(InvalidNoticeException.class, e -> assertThat(e.violations())
                        .extracting(ScheduleViolation::code).contains("years-not-contiguous"));
    }

    @Test
    void a_notice_contradicting_the_neighbouring_year_is_refused() {
        // 2023's notice makes Saturday 2022-12-31 a day off (New Year); a 2022 notice cannot make it a worked day
        var notice2022 = bundled.notice(2022).orElseThrow();
        var holidays = new java.util.ArrayList<>(notice2022.holidays());
        var nationalDay = holidays.removeLast();
        var worked = new java.util.ArrayList<>(nationalDay.workdays());
        worked.add(LocalDate.of(2022, 12, 31));
        holidays.add(new Holiday(nationalDay.name(), nationalDay.nameEn(), nationalDay.from(), nationalDay.to(),
                worked, null));
        var contradicting = new HolidayNotice(2022, notice2022.notice(), notice2022.title(), notice2022.published(),
                List.of(), holidays);

        assertThat(NoticeValidation.check(contradicting)).isEmpty();
        assertRefused(contradicting, "conflicts-with-other-year");
    }

    @Test
    void the_strict_json_form_refuses_impossible_dates_and_unknown_fields() {
        String json = HolidayNoticeJson.write(notice2027(NEW_YEAR_2027));
        assertThat(HolidayNoticeJson.read(json)).isEqualTo(notice2027(NEW_YEAR_2027));

        assertThatThrownBy(() -> HolidayNoticeJson.read(json.replace("2027-01-03", "2027-02-30")))
                .isInstanceOfSatisfying(InvalidNoticeException.class, e -> assertThat(e.violations().getFirst())
                        .extracting(ScheduleViolation::code, ScheduleViolation::field)
                        .containsExactly("malformed", "holidays[0].to"));
        assertThatThrownBy(() -> HolidayNoticeJson.read(json.replace("\"year\"", "\"yaer\"")))
                .isInstanceOf(InvalidNoticeException.class);
        assertThatThrownBy(() -> HolidayNoticeJson.read("{ not json"))
                .isInstanceOfSatisfying(InvalidNoticeException.class,
                        e -> assertThat(e.violations().getFirst().message()).contains("not valid JSON"));
    }

    private void assertRefused(HolidayNotice notice, String code) {
        assertThatThrownBy(() -> bundled.with(notice))
                .isInstanceOfSatisfying(InvalidNoticeException.class, e -> assertThat(e.violations())
                        .extracting(ScheduleViolation::code).contains(code));
        assertThat(bundled.loadedYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }
}
