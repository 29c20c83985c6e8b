package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Property tests: on many random dates the constant-time calendar answers exactly as counting day by day. */
class FastCountingAgreesWithDayByDayCountingTest {

    private static final WorkingCalendar FAST = BundledNotices.calendar();
    private static final DayByDayCalendar SLOW = new DayByDayCalendar(BundledNotices.all());
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;
    private static final int PAIRS = 20_000;

    /** Fixed seeds: a failure reproduces; the seed is in the assertion message. */
    private final SplittableRandom random = new SplittableRandom(20_261_123L);

    @Test
    void every_day_from_2020_to_2026_is_working_or_not_exactly_as_the_notices_say() {
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = FIRST.plusDays(i);
            assertThat(FAST.isWorkingDay(day)).as(day.toString()).isEqualTo(SLOW.isWorkingDay(day));
        }
    }

    @Test
    void working_days_between_random_pairs_of_dates_match_a_plain_count() {
        for (int i = 0; i < PAIRS; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(DAYS));
            LocalDate to = FIRST.plusDays(random.nextInt(DAYS));
            assertThat(FAST.workingDaysBetween(from, to)).as("%s → %s", from, to)
                    .isEqualTo(SLOW.workingDaysBetween(from, to));
        }
    }

    @Test
    void the_nth_working_day_after_random_dates_matches_a_plain_count() {
        LocalDate lastSafeStart = LocalDate.of(2026, 9, 1);
        int starts = (int) (lastSafeStart.toEpochDay() - FIRST.toEpochDay());
        for (int i = 0; i < PAIRS; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(starts));
            int n = random.nextInt(61);
            LocalDate fast = FAST.nthWorkingDayAfter(from, n);
            assertThat(fast).as("%d working days after %s", n, from).isEqualTo(SLOW.nthWorkingDayAfter(from, n));
            assertThat(FAST.workingDaysBetween(from, fast)).isEqualTo(n);
        }
    }

    @Test
    void the_next_working_day_is_always_a_working_day_with_none_in_between() {
        for (int i = 0; i < DAYS - 30; i++) {
            LocalDate day = FIRST.plusDays(i);
            LocalDate next = FAST.nextWorkingDay(day);
            assertThat(SLOW.isWorkingDay(next)).isTrue();
            for (LocalDate between = day.plusDays(1); between.isBefore(next); between = between.plusDays(1)) {
                assertThat(SLOW.isWorkingDay(between)).as(between.toString()).isFalse();
            }
        }
    }
}
