package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled data against the text of the notices: the days below are typed from the published notices
 * (国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号 for 2026), independently of the data files.
 */
class PublishedSchedulesTest {

    private static final WorkingCalendar CALENDAR = BundledNotices.calendar();

    static Stream<Arguments> daysOff() {
        return Stream.<Stream<Arguments>>of(
                // 2025
                days("元旦", "2025-01-01", "2025-01-01"),
                days("春节", "2025-01-28", "2025-02-04"),
                days("清明节", "2025-04-04", "2025-04-06"),
                days("劳动节", "2025-05-01", "2025-05-05"),
                days("端午节", "2025-05-31", "2025-06-02"),
                days("国庆节、中秋节", "2025-10-01", "2025-10-08"),
                // 2026
                days("元旦", "2026-01-01", "2026-01-03"),
                days("春节", "2026-02-15", "2026-02-23"),
                days("清明节", "2026-04-04", "2026-04-06"),
                days("劳动节", "2026-05-01", "2026-05-05"),
                days("端午节", "2026-06-19", "2026-06-21"),
                days("中秋节", "2026-09-25", "2026-09-27"),
                days("国庆节", "2026-10-01", "2026-10-07"))
                .flatMap(days -> days);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("daysOff")
    void every_day_off_of_2025_and_2026_is_a_holiday_under_its_name(String name, LocalDate day) {
        CalendarDay seen = CALENDAR.day(day);
        assertThat(seen.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(seen.working()).isFalse();
        assertThat(seen.holiday()).isEqualTo(name);
    }

    static Stream<LocalDate> makeUpWorkdays() {
        return Stream.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
                .map(LocalDate::parse);
    }

    @ParameterizedTest
    @MethodSource("makeUpWorkdays")
    void every_make_up_working_day_of_2025_and_2026_is_a_working_weekend_day(LocalDate day) {
        assertThat(NoticeValidation.isWeekend(day)).isTrue();
        assertThat(CALENDAR.day(day).kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
        assertThat(CALENDAR.isWorkingDay(day)).isTrue();
    }

    @Test
    void no_other_day_of_2025_or_2026_differs_from_the_plain_week() {
        var listedOff = daysOff().map(a -> (LocalDate) a.get()[1]).toList();
        var listedWorked = makeUpWorkdays().toList();
        LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(day -> !listedOff.contains(day) && !listedWorked.contains(day))
                .forEach(day -> assertThat(CALENDAR.isWorkingDay(day))
                        .as("%s (%s)", day, day.getDayOfWeek())
                        .isEqualTo(!NoticeValidation.isWeekend(day)));
    }

    @Test
    void the_year_2026_has_the_published_numbers_of_days() {
        var year = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).map(CALENDAR::day).toList();
        assertThat(year.stream().filter(d -> d.kind() == DayKind.HOLIDAY)).hasSize(33);
        assertThat(year.stream().filter(d -> d.kind() == DayKind.MAKE_UP_WORKDAY)).hasSize(6);
        // 261 weekdays, 19 of them off (14 of the 33 days off fall on weekends), 6 weekend days worked
        assertThat(year.stream().filter(CalendarDay::working)).hasSize(248);
    }

    /** Last working day before the holiday, first working day after it, per year. */
    static Stream<Arguments> springFestivalsAndNationalDays() {
        return Stream.of(
                Arguments.of("春节 2020 (extended to 2 Feb)", "2020-01-23", "2020-01-24", "2020-02-02", "2020-02-03"),
                Arguments.of("春节 2021", "2021-02-10", "2021-02-11", "2021-02-17", "2021-02-18"),
                Arguments.of("春节 2022 (Sunday 30 Jan worked)", "2022-01-30", "2022-01-31", "2022-02-06", "2022-02-07"),
                Arguments.of("春节 2023 (Saturday 28 Jan worked)", "2023-01-20", "2023-01-21", "2023-01-27", "2023-01-28"),
                Arguments.of("春节 2024 (除夕 9 Feb worked)", "2024-02-09", "2024-02-10", "2024-02-17", "2024-02-18"),
                Arguments.of("春节 2025", "2025-01-27", "2025-01-28", "2025-02-04", "2025-02-05"),
                Arguments.of("春节 2026 (Saturday 14 Feb worked)", "2026-02-14", "2026-02-15", "2026-02-23", "2026-02-24"),
                Arguments.of("国庆 2020", "2020-09-30", "2020-10-01", "2020-10-08", "2020-10-09"),
                Arguments.of("国庆 2021", "2021-09-30", "2021-10-01", "2021-10-07", "2021-10-08"),
                Arguments.of("国庆 2022 (Saturday 8 Oct worked)", "2022-09-30", "2022-10-01", "2022-10-07", "2022-10-08"),
                Arguments.of("国庆 2023 (Saturday 7 Oct worked)", "2023-09-28", "2023-09-29", "2023-10-06", "2023-10-07"),
                Arguments.of("国庆 2024", "2024-09-30", "2024-10-01", "2024-10-07", "2024-10-08"),
                Arguments.of("国庆 2025", "2025-09-30", "2025-10-01", "2025-10-08", "2025-10-09"),
                Arguments.of("国庆 2026", "2026-09-30", "2026-10-01", "2026-10-07", "2026-10-08"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("springFestivalsAndNationalDays")
    void the_working_day_after_the_eve_of_a_long_holiday_is_the_first_day_back(
            String holiday, LocalDate lastBefore, LocalDate firstOff, LocalDate lastOff, LocalDate firstBack) {
        assertThat(CALENDAR.isWorkingDay(lastBefore)).isTrue();
        firstOff.datesUntil(lastOff.plusDays(1))
                .forEach(day -> assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse());
        assertThat(CALENDAR.isWorkingDay(firstBack)).isTrue();
        assertThat(CALENDAR.nextWorkingDay(lastBefore)).isEqualTo(firstBack);
        assertThat(CALENDAR.workingDaysBetween(lastBefore, firstBack)).isEqualTo(1);
        assertThat(CALENDAR.nextWorkingDay(firstOff)).isEqualTo(firstBack);
    }

    @Test
    void the_2020_spring_festival_extension_cancelled_the_make_up_saturday() {
        assertThat(CALENDAR.day(LocalDate.of(2020, 2, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(CALENDAR.day(LocalDate.of(2020, 1, 31)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(CALENDAR.day(LocalDate.of(2020, 1, 19)).kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
        assertThat(CALENDAR.notice(2020).orElseThrow().amendments()).extracting(HolidayNotice.Amendment::notice)
                .containsExactly("国办发明电〔2020〕1号");
    }

    @Test
    void the_new_year_holiday_of_2023_reaches_back_into_2022() {
        assertThat(CALENDAR.day(LocalDate.of(2022, 12, 31)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(CALENDAR.day(LocalDate.of(2022, 12, 31)).holiday()).isEqualTo("元旦");
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2022, 12, 30))).isEqualTo(LocalDate.of(2023, 1, 3));
    }

    @Test
    void every_bundled_year_from_2020_to_2026_names_its_notice() {
        assertThat(CALENDAR.loadedYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(CALENDAR.notices()).extracting(HolidayNotice::notice).containsExactly(
                "国办发明电〔2019〕16号", "国办发明电〔2020〕27号", "国办发明电〔2021〕11号", "国办发明电〔2022〕16号",
                "国办发明电〔2023〕7号", "国办发明电〔2024〕12号", "国办发明电〔2025〕7号");
    }

    private static Stream<Arguments> days(String name, String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).map(day -> Arguments.of(name, day));
    }
}
