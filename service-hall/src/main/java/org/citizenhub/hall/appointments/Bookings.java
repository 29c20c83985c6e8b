package org.citizenhub.hall.appointments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.notify.CitizenNotifier;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.notify.Notification;
import org.citizenhub.casework.notify.NotificationKind;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.hall.appointments.domain.Booking;
import org.citizenhub.hall.appointments.domain.BookingLimits;
import org.citizenhub.hall.appointments.domain.BookingPolicy;
import org.citizenhub.hall.appointments.domain.BookingStateException;
import org.citizenhub.hall.appointments.domain.Refusal;
import org.citizenhub.hall.appointments.domain.SlotRef;
import org.citizenhub.privacy.PersonalDataSeal;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The use cases of a booking: a citizen books (idempotently), cancels and reschedules; staff of the hall's
 * department record arrival or a no-show. Each runs in one transaction with the seat count, the outbox event and
 * the queued notification, so a seat is taken if and only if a booking holds it.
 */
@Service
public class Bookings {

    /** What a citizen asks for. {@code contact} is the phone number (SMS) or e-mail address (EMAIL). */
    public record BookCommand(long slotId, String itemCode, ContactChannel channel, String contact, String locale) {
    }

    public record Receipt(Booking booking, boolean replayed) {
    }

    static final ZoneId ZONE = SlotGeneration.ZONE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BookingRepository bookings;
    private final IdempotentSubmission submissions;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final CitizenNotifier notifier;
    private final PersonalDataSeal seal;
    private final Clock clock;
    private final BookingLimits limits;
    private final TrackingNumbers numbers;
    private final JdbcClient jdbc;

    Bookings(BookingRepository bookings, IdempotentSubmission submissions, TransactionTemplate transactions,
             ApplicationEventPublisher events, CitizenNotifier notifier, PersonalDataSeal seal, Clock clock,
             AppointmentProperties properties, JdbcClient jdbc) {
        this.bookings = bookings;
        this.submissions = submissions;
        this.transactions = transactions;
        this.events = events;
        this.notifier = notifier;
        this.seal = seal;
        this.clock = clock;
        this.limits = properties.limits();
        this.jdbc = jdbc;
        // 预约号: YY + date + serial, e.g. YY20261116000042; also what notifications are filed under
        this.numbers = TrackingNumbers.fromSequence(jdbc, "YY", "appt_booking_serial", clock);
    }

    /**
     * Books a seat. With the same {@code Idempotency-Key} a retry gets the first booking back. Refusals: the
     * named {@link BookingPolicy} rules, {@code 409 no-seat-left-in-the-slot} when the slot is full.
     */
    public Receipt book(Actor citizen, BookCommand command, Optional<IdempotencyKey> key) {
        if (command.channel() != ContactChannel.SITE && (command.contact() == null || command.contact().isBlank())) {
            throw new HubProblem(AppointmentProblem.INVALID_CONTACT,
                    command.channel() == ContactChannel.SMS ? "phone" : "email");
        }
        return refusalsAsProblems(() -> {
            var result = submissions.submit(key, new IdempotentSubmission.IdempotentRequest<Booking>() {
                @Override
                public Optional<Booking> earlier(IdempotencyKey k) {
                    return bookings.byIdempotencyKey(citizen.id(), k.value());
                }

                @Override
                public boolean sameAs(Booking earlier) {
                    return earlier.slot().slotId() == command.slotId()
                            && java.util.Objects.equals(earlier.itemCode(), command.itemCode());
                }

                @Override
                public Booking create(Optional<IdempotencyKey> k) {
                    bookings.lockCitizen(citizen.id());
                    Instant now = clock.instant();
                    SlotRef slot = slot(command.slotId());
                    limits.checkBooking(now, slot.startsAt(), bookings.activeBookings(citizen.id(), now),
                            recentNoShows(citizen.id(), now), Bookings::day);
                    var booking = newBooking(citizen, slot, command.itemCode(), now, null);
                    bookings.insert(booking, contact(booking.id(), command), k.map(IdempotencyKey::value)
                            .orElse(null));
                    events.publishEvent(AppointmentEvent.of("booked", booking, null, null, clock));
                    tell(booking, AppointmentConfiguration.APPOINTMENT_BOOKED, command.channel(),
                            command.contact(), command.locale());
                    return booking;
                }
            });
            return new Receipt(result.result(), result.replayed());
        });
    }

    /** The citizen cancels before booking closes; the seat is free again at once. */
    public Booking cancel(Actor citizen, String number) {
        return refusalsAsProblems(() -> transactions.execute(s -> {
            bookings.lockCitizen(citizen.id());
            var cancelled = own(citizen, number).cancel(clock.instant(), limits);
            store(cancelled);
            bookings.releaseSeat(cancelled.slot().slotId());
            events.publishEvent(AppointmentEvent.of("cancelled", cancelled, "CANCELLED", null, clock));
            return cancelled;
        }));
    }

    /**
     * Moves a booking to another slot in one transaction: the new seat is taken first, and only then the old one
     * released. If the new slot is full (or any rule refuses), nothing changes and the citizen keeps the old seat.
     */
    public Booking reschedule(Actor citizen, String number, long newSlotId) {
        return refusalsAsProblems(() -> transactions.execute(s -> {
            bookings.lockCitizen(citizen.id());
            Instant now = clock.instant();
            var old = own(citizen, number);
            if (old.slot().slotId() == newSlotId) {
                throw new Refusal(BookingPolicy.RESCHEDULE_TO_ANOTHER_SLOT);
            }
            SlotRef slot = slot(newSlotId);
            // the citizen's count of bookings does not change: only the no-show block and closing time apply
            limits.checkBooking(now, slot.startsAt(), 0, recentNoShows(citizen.id(), now), Bookings::day);
            var replacement = newBooking(citizen, slot, old.itemCode(), now, old.number());
            var moved = old.rescheduleTo(replacement, now, limits);
            var contact = bookings.contact(old.id());
            String opened = contact.sealed() == null ? null : seal.open(contact.sealed(), boundTo(old.id()));
            bookings.insert(replacement, new BookingRepository.Contact(contact.channel(),
                    opened == null ? null : seal.seal(opened, boundTo(replacement.id())), contact.locale()), null);
            store(moved);
            bookings.releaseSeat(old.slot().slotId());
            events.publishEvent(AppointmentEvent.of("cancelled", moved, "RESCHEDULED", replacement.number(), clock));
            events.publishEvent(AppointmentEvent.of("booked", replacement, null, null, clock));
            tell(replacement, AppointmentConfiguration.APPOINTMENT_BOOKED, contact.channel(), opened,
                    contact.locale());
            return replacement;
        }));
    }

    /** Staff record that the citizen came, checking the code the citizen shows. */
    public Booking arrive(Booking booking, String checkInCode, Actor staff) {
        return refusalsAsProblems(() -> transactions.execute(s -> {
            var arrived = booking.arrive(checkInCode, staff.id(), clock.instant(), ZONE);
            store(arrived);
            return arrived;
        }));
    }

    /** Staff record a no-show (爽约); it counts towards the citizen's no-show limit. */
    public Booking noShow(Booking booking, Actor staff) {
        return refusalsAsProblems(() -> transactions.execute(s -> {
            var missed = booking.noShow(staff.id(), clock.instant());
            store(missed);
            events.publishEvent(AppointmentEvent.of("no-show", missed, null, null, clock));
            return missed;
        }));
    }

    /** A citizen's own booking; anyone else's is not found, so that its existence does not leak. */
    public Booking own(Actor citizen, String number) {
        return bookings.byNumber(number).filter(b -> b.isBookedBy(citizen.id()))
                .orElseThrow(() -> new HubProblem(AppointmentProblem.APPOINTMENT_NOT_FOUND, number));
    }

    public List<Booking> own(Actor citizen) {
        return bookings.byCitizen(citizen.id(), 200);
    }

    public Optional<Booking> byNumber(String number) {
        return bookings.byNumber(number);
    }

    public List<Booking> ofHallOn(UUID hallId, LocalDate day) {
        return bookings.byHallBetween(hallId, day.atStartOfDay(ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private SlotRef slot(long slotId) {
        return bookings.slot(slotId).orElseThrow(() -> new HubProblem(AppointmentProblem.SLOT_NOT_FOUND));
    }

    private List<Instant> recentNoShows(String citizenId, Instant now) {
        return bookings.noShowsSince(citizenId, now.minus(limits.noShowWindow()).minus(limits.blockFor()));
    }

    /** Checks one booking per slot, then takes the seat: the last check, so refusals about the citizen come first. */
    private Booking newBooking(Actor citizen, SlotRef slot, String itemCode, Instant now, String rescheduledFrom) {
        if (bookings.holdsSlot(citizen.id(), slot.slotId())) {
            throw new Refusal(BookingPolicy.ONE_BOOKING_PER_CITIZEN_PER_SLOT);
        }
        if (!bookings.takeSeat(slot.slotId())) {
            throw new Refusal(BookingPolicy.NO_SEAT_LEFT_IN_THE_SLOT);
        }
        return Booking.book(UUID.randomUUID(), numbers.next().value(), citizen.id(), slot, checkInCode(), itemCode,
                now, rescheduledFrom);
    }

    private void store(Booking booking) {
        if (!bookings.saveOutcome(booking)) {
            throw new BookingStateException(bookings.byNumber(booking.number()).orElseThrow().status(),
                    booking.status());
        }
    }

    private BookingRepository.Contact contact(UUID bookingId, BookCommand command) {
        String sealed = command.channel() == ContactChannel.SITE ? null
                : seal.seal(command.contact().strip(), boundTo(bookingId));
        return new BookingRepository.Contact(command.channel(), sealed, locale(command.locale()));
    }

    static String boundTo(UUID bookingId) {
        return "appointment:" + bookingId;
    }

    void tell(Booking booking, NotificationKind kind, ContactChannel channel, String recipient, String locale) {
        var place = jdbc.sql("""
                select h.name as hall, h.address, w.name as window from appt_hall h
                join appt_window w on w.hall_id = h.id where w.id = :window
                """).param("window", booking.slot().windowId())
                .query((rs, i) -> Map.of("hall", rs.getString("hall"), "address", rs.getString("address"),
                        "window", rs.getString("window"))).single();
        Locale lang = "en".equals(locale(locale)) ? Notification.ENGLISH : Notification.CHINESE;
        var params = new HashMap<>(place);
        params.put("time", time(booking.slot().startsAt(), lang));
        notifier.enqueue(new Notification(booking.number(), channel, channel == ContactChannel.SITE ? null : recipient,
                kind, lang, params));
    }

    static String time(Instant at, Locale lang) {
        var pattern = lang == Notification.ENGLISH ? "d MMM yyyy HH:mm" : "yyyy年M月d日 HH:mm";
        return DateTimeFormatter.ofPattern(pattern, lang).format(at.atZone(ZONE));
    }

    private static String day(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(ZONE));
    }

    private static String locale(String locale) {
        return "en".equals(locale) ? "en" : "zh-CN";
    }

    /** A six-digit code the citizen shows at the window; random, so a number alone checks nobody in. */
    private static String checkInCode() {
        return String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
    }

    private static <T> T refusalsAsProblems(Supplier<T> step) {
        try {
            return step.get();
        } catch (Refusal r) {
            throw AppointmentProblem.refused(r);
        } catch (BookingStateException e) {
            throw AppointmentProblem.notInState(e);
        }
    }
}
