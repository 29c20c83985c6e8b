package org.citizenhub.hall.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.citizenhub.calendar.YearNotLoadedException;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.hall.ServiceHallApplication;
import org.citizenhub.hall.appointments.domain.SlotHorizon;
import org.citizenhub.hall.appointments.domain.WindowSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the slots of every window for the rolling horizon of working days (platform/calendar: none on a holiday,
 * slots on a make-up working day). Making them again changes nothing (one slot per window and start); a new
 * working day entering the horizon gets its slots on the next round, a window's new schedule at once.
 */
@Service
public class SlotGeneration {

    private static final Logger log = LoggerFactory.getLogger(SlotGeneration.class);
    static final String LOCK = "hall-appointments-slots";

    private final JdbcClient jdbc;
    private final HubCalendar calendar;
    private final Clock clock;
    private final AppointmentProperties properties;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;

    SlotGeneration(JdbcClient jdbc, HubCalendar calendar, Clock clock, AppointmentProperties properties,
                   TransactionTemplate transactions, LockProvider lockProvider) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    static final ZoneId ZONE = ServiceHallApplication.ZONE;

    /** The working days that have slots now, today first (if it is one). */
    public List<LocalDate> horizon() {
        return SlotHorizon.days(LocalDate.now(clock.withZone(ZONE)), properties.horizonWorkingDays(), day -> {
            try {
                return calendar.calendar().isWorkingDay(day);
            } catch (YearNotLoadedException e) {
                throw new SlotHorizon.UnknownYear(e.getMessage());
            }
        });
    }

    /** Makes the window's missing slots on the horizon (in the caller's transaction); returns how many. */
    int generate(UUID windowId, UUID hallId, WindowSchedule schedule) {
        int made = 0;
        for (var slot : SlotHorizon.slots(schedule, horizon())) {
            made += jdbc.sql("""
                    insert into appt_slot (window_id, hall_id, slot_date, starts_at, ends_at, capacity)
                    values (:window, :hall, :date, :starts, :ends, :capacity)
                    on conflict (window_id, starts_at) do update
                        set capacity = greatest(appt_slot.booked, excluded.capacity), ends_at = excluded.ends_at
                        where appt_slot.capacity < excluded.capacity and appt_slot.starts_at > :now
                    """).param("window", windowId).param("hall", hallId).param("date", slot.date())
                    .param("starts", slot.startsAt(ZONE).toOffsetDateTime())
                    .param("ends", slot.endsAt(ZONE).toOffsetDateTime())
                    .param("capacity", schedule.capacity()).param("now", now()).update();
        }
        return made;
    }

    /**
     * A new schedule: future slots are closed (capacity down to what is booked), the new schedule's opened, and
     * closed slots nobody ever booked removed. A booked citizen keeps their seat.
     */
    int regenerate(UUID windowId, UUID hallId, WindowSchedule schedule) {
        jdbc.sql("update appt_slot set capacity = booked where window_id = :window and starts_at > :now")
                .param("window", windowId).param("now", now()).update();
        int made = generate(windowId, hallId, schedule);
        jdbc.sql("""
                delete from appt_slot s where s.window_id = :window and s.starts_at > :now and s.capacity = 0
                   and not exists (select 1 from appt_booking b where b.slot_id = s.id)
                """).param("window", windowId).param("now", now()).update();
        return made;
    }

    /** Rolls the horizon forward for every window, one window per transaction: one failing never stops the rest. */
    @Scheduled(fixedDelayString = "${hub.hall.appointments.generation-interval:1h}")
    public void generateAll() {
        locks.executeWithLock((Runnable) this::generateAllNow,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15), Duration.ZERO));
    }

    void generateAllNow() {
        int made = 0;
        for (var window : jdbc.sql("select * from appt_window order by created_at").query(Halls::window).list()) {
            try {
                Integer n = transactions.execute(s -> generate(window.id(), window.hallId(), window.schedule()));
                made += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Slots of window {} not made: {}", window.id(), e.toString());
            }
        }
        if (made > 0) {
            log.info("Made {} appointment slots up to the horizon of {} working days", made,
                    properties.horizonWorkingDays());
        }
    }

    private java.time.OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }
}
