package org.citizenhub.calendar.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CalendarDays;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.WorkingCalendar;
import org.citizenhub.calendar.WorkingHours;
import org.citizenhub.calendar.WorkingTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the calendar's hot questions over random dates 2020–2026, one thread (so ops/s is per core).
 * Run: see platform/calendar/README.md, "Speed". Not part of the test suite.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
@Threads(1)
@State(Scope.Thread)
public class WorkingCalendarBenchmark {

    private static final int SIZE = 4096;
    private static final int MASK = SIZE - 1;

    private WorkingCalendar calendar;
    private WorkingTime workingTime;
    private LocalDate[] from;
    private LocalDate[] to;
    private int[] n;
    private CalendarDays[] calendarDays;
    private WorkingHours[] workingHours;
    private Instant[] received;
    private int next;

    @Setup
    public void randomDates() {
        calendar = BundledNotices.calendar();
        workingTime = new WorkingTime(calendar, CountingPolicy.DEFAULT);
        var random = new SplittableRandom(42);
        LocalDate first = LocalDate.of(2020, 1, 1);
        int days = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        int startDays = days - 120; // leave room for 60 working days at the end of 2026
        from = new LocalDate[SIZE];
        to = new LocalDate[SIZE];
        n = new int[SIZE];
        received = new Instant[SIZE];
        calendarDays = new CalendarDays[SIZE];
        workingHours = new WorkingHours[SIZE];
        for (int i = 0; i < SIZE; i++) {
            from[i] = first.plusDays(random.nextInt(startDays));
            to[i] = first.plusDays(random.nextInt(days));
            n[i] = 1 + random.nextInt(60);
            calendarDays[i] = CalendarDays.of(n[i]);
            workingHours[i] = WorkingHours.of(n[i]);
            received[i] = from[i].atTime(random.nextInt(24), random.nextInt(60))
                    .atZone(CountingPolicy.SHANGHAI).toInstant();
        }
    }

    @Benchmark
    public LocalDate nthWorkingDayAfter() {
        int i = next++ & MASK;
        return calendar.nthWorkingDayAfter(from[i], n[i]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int i = next++ & MASK;
        return calendar.workingDaysBetween(from[i], to[i]);
    }

    @Benchmark
    public Instant deadlineOfAMomentUnderTheCountingPolicy() {
        int i = next++ & MASK;
        return workingTime.deadline(received[i], n[i]);
    }

    @Benchmark
    public Instant calendarDaysDeadlineOfAMoment() {
        int i = next++ & MASK;
        return workingTime.deadline(received[i], calendarDays[i]);
    }

    @Benchmark
    public Instant workingHoursDeadlineOfAMoment() {
        int i = next++ & MASK;
        return workingTime.deadline(received[i], workingHours[i]);
    }
}
