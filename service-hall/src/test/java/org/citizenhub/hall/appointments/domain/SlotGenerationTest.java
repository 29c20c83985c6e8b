package org.citizenhub.hall.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.WorkingCalendar;
import org.citizenhub.calendar.YearNotLoadedException;
import org.junit.jupiter.api.Test;

class SlotGenerationTest {

    private static final WorkingCalendar CALENDAR = BundledNotices.calendar();
    private static final WindowSchedule MORNING_AND_AFTERNOON = new WindowSchedule(30,
            List.of(OpeningPeriod.parse("13:30", "17:00"), OpeningPeriod.parse("09:00", "12:00")), 4);

    private static List<LocalDate> horizon(LocalDate today, int workingDays) {
        return SlotHorizon.days(today, workingDays, day -> {
            try {
                return CALENDAR.isWorkingDay(day);
            } catch (YearNotLoadedException e) {
                throw new SlotHorizon.UnknownYear(e.getMessage());
            }
        });
    }

    @Test
    void national_day_2026_has_no_slots_and_the_make_up_saturday_has() {
        var days = horizon(LocalDate.of(2026, 9, 28), 6);
        // 国办发明电〔2025〕7号: 1–7 October off, Saturday 10 October worked
        assertThat(days).containsExactly(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9),
                LocalDate.of(2026, 10, 10));
    }

    @Test
    void the_make_up_sunday_before_national_day_has_slots() {
        assertThat(horizon(LocalDate.of(2026, 9, 19), 1)).containsExactly(LocalDate.of(2026, 9, 20));
    }

    @Test
    void spring_festival_2026_has_no_slots_between_the_two_worked_saturdays() {
        var days = horizon(LocalDate.of(2026, 2, 13), 3);
        assertThat(days).containsExactly(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 24));
    }

    @Test
    void the_horizon_stops_where_no_notice_is_loaded_instead_of_guessing_weekends() {
        var days = horizon(LocalDate.of(2026, 12, 28), 14);
        assertThat(days).containsExactly(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29),
                LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31));
    }

    @Test
    void a_day_is_cut_into_slots_within_each_opening_period() {
        var slots = MORNING_AND_AFTERNOON.slotsOn(LocalDate.of(2026, 11, 16));
        assertThat(slots).hasSize(6 + 7);
        assertThat(slots.getFirst().from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(slots.get(5).to()).isEqualTo(LocalTime.of(12, 0));
        assertThat(slots.get(6).from()).isEqualTo(LocalTime.of(13, 30));
        assertThat(slots.getLast().to()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void a_remainder_shorter_than_a_slot_offers_nothing() {
        var schedule = new WindowSchedule(40, List.of(OpeningPeriod.parse("09:00", "10:30")), 2);
        assertThat(schedule.slotsOn(LocalDate.of(2026, 11, 16))).extracting(WindowSchedule.SlotTime::to)
                .containsExactly(LocalTime.of(9, 40), LocalTime.of(10, 20));
    }

    @Test
    void overlapping_or_too_short_periods_and_empty_capacity_are_refused() {
        assertThatThrownBy(() -> new WindowSchedule(30,
                List.of(OpeningPeriod.parse("09:00", "12:00"), OpeningPeriod.parse("11:00", "13:00")), 1))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> new WindowSchedule(60, List.of(OpeningPeriod.parse("09:00", "09:30")), 1))
                .hasMessageContaining("shorter than one slot");
        assertThatThrownBy(() -> new WindowSchedule(30, List.of(OpeningPeriod.parse("09:00", "12:00")), 0))
                .hasMessageContaining("capacity");
        assertThatThrownBy(() -> OpeningPeriod.parse("12:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
