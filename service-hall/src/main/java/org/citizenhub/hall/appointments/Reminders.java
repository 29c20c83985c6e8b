package org.citizenhub.hall.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.citizenhub.calendar.YearNotLoadedException;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.privacy.PersonalDataSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder on the working day before an appointment: on a working day, every booking of the next working day
 * not yet reminded gets one notification (site, SMS or e-mail, as the citizen chose), once: marking the booking
 * and queueing the notification commit together, and only the transaction that marks it queues one. One booking
 * per transaction, so one that fails (e.g. a contact that does not open) never stops the others; it is tried
 * again on the next round.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final String LOCK = "hall-appointments-reminders";
    private static final int BATCH = 500;

    /** What a round did. */
    public record Round(int reminded, int failed) {
    }

    private final BookingRepository bookings;
    private final Bookings use;
    private final HubCalendar calendar;
    private final PersonalDataSeal seal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LockingTaskExecutor locks;

    Reminders(BookingRepository bookings, Bookings use, HubCalendar calendar, PersonalDataSeal seal,
              TransactionTemplate transactions, Clock clock, LockProvider lockProvider) {
        this.bookings = bookings;
        this.use = use;
        this.calendar = calendar;
        this.seal = seal;
        this.transactions = transactions;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @Scheduled(fixedDelayString = "${hub.hall.appointments.reminder-interval:10m}", initialDelayString = "PT1M")
    public void sendDue() {
        locks.executeWithLock((Runnable) this::sendDueNow,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15), Duration.ZERO));
    }

    /** One round, without the lock. */
    public Round sendDueNow() {
        LocalDate today = LocalDate.now(clock.withZone(Bookings.ZONE));
        LocalDate next;
        try {
            if (!calendar.calendar().isWorkingDay(today)) {
                return new Round(0, 0);
            }
            next = calendar.calendar().nextWorkingDay(today);
        } catch (YearNotLoadedException e) {
            log.warn("No appointment reminders: {}", e.getMessage());
            return new Round(0, 0);
        }
        int reminded = 0;
        int failed = 0;
        for (UUID id : bookings.dueForReminder(next.atStartOfDay(Bookings.ZONE).toInstant(),
                next.plusDays(1).atStartOfDay(Bookings.ZONE).toInstant(), BATCH)) {
            try {
                Boolean sent = transactions.execute(s -> remind(id));
                reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Reminder of appointment {} not queued, tried again next round: {}", id, e.toString());
            }
        }
        if (reminded + failed > 0) {
            log.info("Appointment reminders for {}: {} queued, {} failed", next, reminded, failed);
        }
        return new Round(reminded, failed);
    }

    private boolean remind(UUID id) {
        if (!bookings.markReminded(id, clock.instant())) {
            return false;
        }
        var booking = bookings.byId(id).orElseThrow();
        var contact = bookings.contact(id);
        String recipient = contact.sealed() == null ? null : seal.open(contact.sealed(), Bookings.boundTo(id));
        use.tell(booking, AppointmentConfiguration.APPOINTMENT_REMINDER, contact.channel(), recipient,
                contact.locale());
        return true;
    }
}
