package org.citizenhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.calendar.CountingPolicyTest.at;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.citizenhub.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Working-day clocks are written byte for byte as before units existed, and JSON written then (no unit) reads as a
 * working-day clock. The golden files were written by the code before units, from the steps below.
 */
class StoredClocksStayReadableTest {

    private final MovableClock clock = new MovableClock(at("2026-02-12T10:00"));
    private final Deadlines deadlines =
            new Deadlines(new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT), clock);

    @Test
    void a_working_day_clock_is_written_exactly_as_before_units() throws IOException {
        DeadlineClock<WorkingDays> running = pausedExtendedResumedAndExtendedAgain();
        clock.set(at("2026-03-03T10:00"));
        DeadlineClock<WorkingDays> stopped = deadlines.stop(running, "handler-1");

        assertThat(DeadlineClockJson.write(running)).isEqualTo(golden("working-days-clock-running.json"));
        assertThat(DeadlineClockJson.write(stopped)).isEqualTo(golden("working-days-clock-stopped.json"));
    }

    @Test
    void a_clock_stored_before_units_reads_as_a_working_day_clock_with_its_whole_history() throws IOException {
        DeadlineClock<?> stored = DeadlineClockJson.read(golden("working-days-clock-running.json"));

        assertThat(stored.unit()).isEqualTo(LimitUnit.WORKING_DAYS);
        assertThat(stored).isEqualTo(pausedExtendedResumedAndExtendedAgain());
        assertThat(DeadlineClockJson.read(golden("working-days-clock-running.json"), WorkingDays.class).extended())
                .isEqualTo(WorkingDays.of(3));
    }

    private DeadlineClock<WorkingDays> pausedExtendedResumedAndExtendedAgain() {
        clock.set(at("2026-02-12T10:00"));
        var d = deadlines.start(StatutoryDeadlines.ERROR_REPORT_REPLY_WITHIN_3_WORKING_DAYS, "handler-1");
        clock.set(at("2026-02-13T10:00"));
        d = deadlines.pause(d, "补充材料", "handler-1");
        d = deadlines.extend(d, 1, "材料复杂", "supervisor-1");
        clock.set(at("2026-02-25T09:00"));
        d = deadlines.resume(d, "citizen");
        clock.set(at("2026-02-27T09:00"));
        return deadlines.extend(d, WorkingDays.of(2), "跨部门协调", "supervisor-1");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = StoredClocksStayReadableTest.class.getResourceAsStream("golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
