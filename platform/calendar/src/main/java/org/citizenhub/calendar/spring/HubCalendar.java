package org.citizenhub.calendar.spring;

import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicReference;

import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.Deadlines;
import org.citizenhub.calendar.HolidayNotice;
import org.citizenhub.calendar.WorkingCalendar;
import org.citizenhub.calendar.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's current working-day calendar: the bundled notices plus any loaded since, swapped atomically
 * so that a year published while the service runs is used from then on without a restart.
 */
public class HubCalendar {

    private static final Logger log = LoggerFactory.getLogger(HubCalendar.class);

    private final CountingPolicy policy;
    private final Clock clock;
    private final AtomicReference<WorkingTime> current;

    public HubCalendar(WorkingCalendar initial, CountingPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.current = new AtomicReference<>(new WorkingTime(initial, policy));
    }

    public WorkingCalendar calendar() {
        return current.get().calendar();
    }

    public WorkingTime workingTime() {
        return current.get();
    }

    /** Deadline clocks at the application clock's current moment, under the current calendar. */
    public Deadlines deadlines() {
        return new Deadlines(current.get(), clock);
    }

    public CountingPolicy policy() {
        return policy;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Adds or replaces the notice's year. Refused with {@link org.citizenhub.calendar.InvalidNoticeException} if it
     * is unsound or leaves a gap; the calendar in use is then unchanged.
     */
    public WorkingCalendar load(HolidayNotice notice) {
        WorkingTime updated = current.updateAndGet(
                time -> new WorkingTime(time.calendar().with(notice), policy));
        log.info("Working-day calendar now covers {} ({} {} loaded)", updated.calendar().loadedYears(),
                notice.year(), notice.notice());
        return updated.calendar();
    }

    /** Loads several notices, lowest year first, so that each one extends a contiguous range. */
    public WorkingCalendar loadAll(Collection<HolidayNotice> notices) {
        notices.stream().sorted(java.util.Comparator.comparingInt(HolidayNotice::year)).forEach(this::load);
        return calendar();
    }
}
