package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The counting rules of the README, each with its worked example (Spring Festival 2026: 15–23 Feb off, 14 and 28 Feb worked). */
class CountingPolicyTest {

    private final WorkingTime time = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);

    @Test
    void something_received_during_office_hours_counts_from_the_next_working_day() {
        assertThat(time.receivedOn(at("2026-02-13T16:00"))).isEqualTo(LocalDate.of(2026, 2, 13));
        // 3 working days: Sat 14 Feb (worked), Tue 24, Wed 25
        assertThat(time.deadline(at("2026-02-13T16:00"), 3)).isEqualTo(at("2026-02-25T17:00"));
    }

    @Test
    void something_received_after_the_office_closes_counts_as_received_on_the_next_working_day() {
        assertThat(time.receivedOn(at("2026-02-13T17:00"))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(time.deadline(at("2026-02-13T18:30"), 3)).isEqualTo(at("2026-02-26T17:00"));
    }

    @Test
    void something_received_early_in_the_morning_of_a_working_day_counts_as_received_that_day() {
        assertThat(time.receivedOn(at("2026-02-13T06:10"))).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void a_letter_received_on_the_eve_of_spring_festival_is_due_after_the_holiday() {
        // received on Sunday 15 Feb (a holiday): counts as received on Tue 24 Feb; due Fri 27 Feb
        assertThat(time.receivedOn(at("2026-02-15T10:00"))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(time.deadline(at("2026-02-15T10:00"), 3)).isEqualTo(at("2026-02-27T17:00"));
    }

    @Test
    void fifteen_working_days_across_spring_festival_count_both_make_up_saturdays() {
        assertThat(time.deadline(at("2026-02-13T10:00"), 15)).isEqualTo(at("2026-03-12T17:00"));
    }

    @Test
    void working_days_taken_do_not_count_the_day_of_receipt() {
        assertThat(time.workingDaysTaken(at("2026-02-13T10:00"), at("2026-02-25T11:00"))).isEqualTo(3);
        assertThat(time.workingDaysTaken(at("2026-02-13T10:00"), at("2026-02-13T15:00"))).isZero();
    }

    @Test
    void working_time_passes_only_in_office_hours_of_working_days() {
        // Fri 13 Feb 16:00 → Tue 24 Feb 10:00 = 1h (Fri) + 8h (Sat 14, worked) + 1h (Tue)
        var between = time.between(at("2026-02-13T16:00"), at("2026-02-24T10:00"));
        assertThat(between.days()).isEqualTo(1);
        assertThat(between.hours()).isEqualTo(2);
        assertThat(time.plus(at("2026-02-13T16:00"), between)).isEqualTo(at("2026-02-24T10:00"));
    }

    @Test
    void whole_working_days_from_a_closing_time_end_at_a_closing_time() {
        assertThat(time.plus(at("2026-02-14T17:00"), time.days(1))).isEqualTo(at("2026-02-24T17:00"));
        assertThat(time.plus(at("2026-02-24T17:00"), new WorkingDuration(-time.days(1).seconds(), 28_800)))
                .isEqualTo(at("2026-02-14T17:00"));
    }

    @Test
    void office_hours_and_zone_are_a_configurable_policy() {
        var longDay = new WorkingTime(BundledNotices.calendar(),
                new CountingPolicy(CountingPolicy.SHANGHAI, LocalTime.of(8, 30), LocalTime.of(17, 30)));
        assertThat(longDay.receivedOn(at("2026-02-13T17:15"))).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(longDay.deadline(at("2026-02-13T17:15"), 1)).isEqualTo(at("2026-02-14T17:30"));
        assertThatThrownBy(() -> new CountingPolicy(CountingPolicy.SHANGHAI, LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_moment_is_read_in_shanghai_whatever_zone_it_is_written_in() {
        // 2026-02-13T09:30Z is 17:30 in Shanghai: after closing
        assertThat(time.receivedOn(Instant.parse("2026-02-13T09:30:00Z"))).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void a_deadline_that_would_fall_in_a_year_not_loaded_is_refused() {
        assertThatThrownBy(() -> time.deadline(at("2026-12-28T10:00"), 15))
                .isInstanceOf(YearNotLoadedException.class)
                .hasMessageContaining("2027")
                .extracting(e -> ((YearNotLoadedException) e).year()).isEqualTo(2027);
    }

    static Instant at(String shanghaiLocal) {
        return OffsetDateTime.parse(shanghaiLocal + "+08:00").toInstant();
    }
}
