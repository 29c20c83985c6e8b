package org.citizenhub.hall.appointments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.hall.appointments.domain.Booking;
import org.citizenhub.hall.appointments.domain.Outcome;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A citizen's appointments: book, list, cancel, reschedule. Anyone else's booking is {@code 404}. */
@RestController
@RequestMapping("/appointments")
@PreAuthorize("hasRole('citizen')")
@Validated
class AppointmentController {

    static final String NUMBER = "YY[0-9]{14,20}";

    record BookRequest(@NotNull Long slotId,
                       @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}") String itemCode,
                       ContactChannel contactChannel,
                       @Size(max = 20) @Pattern(regexp = "\\+?[0-9]{6,19}") String phone,
                       @Size(max = 254) @jakarta.validation.constraints.Email String email) {
    }

    record RescheduleRequest(@NotNull Long slotId) {
    }

    /** What the citizen sees of their booking, the check-in code included. */
    record MyAppointment(String number, String status, String checkInCode, long slotId, UUID hallId, UUID windowId,
                         String itemCode, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime bookedAt,
                         String rescheduledFrom, String rescheduledTo, OffsetDateTime endedAt) {
        static MyAppointment of(Booking b) {
            var zone = SlotGeneration.ZONE;
            return new MyAppointment(b.number(), b.status().name(), b.checkInCode(), b.slot().slotId(),
                    b.slot().hallId(), b.slot().windowId(), b.itemCode(),
                    b.slot().startsAt().atZone(zone).toOffsetDateTime(),
                    b.slot().endsAt().atZone(zone).toOffsetDateTime(), b.bookedAt().atZone(zone).toOffsetDateTime(),
                    b.rescheduledFrom(), b.outcome() instanceof Outcome.Rescheduled r ? r.to() : null,
                    b.outcome() == null ? null : b.outcome().at().atZone(zone).toOffsetDateTime());
        }
    }

    private final Bookings bookings;

    AppointmentController(Bookings bookings) {
        this.bookings = bookings;
    }

    /** {@code 201} with the number and check-in code; a retry with the same {@code Idempotency-Key} {@code 200}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MyAppointment> book(@Valid @RequestBody BookRequest request,
                                       @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key,
                                       Locale locale, CurrentUser user) {
        var channel = request.contactChannel() == null ? ContactChannel.SITE : request.contactChannel();
        var receipt = bookings.book(Actors.citizen(user), new Bookings.BookCommand(request.slotId(),
                        request.itemCode(), channel, channel == ContactChannel.EMAIL ? request.email() : request.phone(),
                        "en".equals(locale.getLanguage()) ? "en" : "zh-CN"),
                IdempotencyKey.fromHeader(key));
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(MyAppointment.of(receipt.booking()));
    }

    @GetMapping
    List<MyAppointment> mine(CurrentUser user) {
        return bookings.own(Actors.citizen(user)).stream().map(MyAppointment::of).toList();
    }

    @GetMapping("/{number}")
    MyAppointment read(@PathVariable @Pattern(regexp = NUMBER) String number, CurrentUser user) {
        return MyAppointment.of(bookings.own(Actors.citizen(user), number));
    }

    @PostMapping("/{number}/cancellation")
    MyAppointment cancel(@PathVariable @Pattern(regexp = NUMBER) String number, CurrentUser user) {
        return MyAppointment.of(bookings.cancel(Actors.citizen(user), number));
    }

    /** The new booking ({@code 201}); the old one is {@code RESCHEDULED}. */
    @PostMapping(path = "/{number}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MyAppointment> reschedule(@PathVariable @Pattern(regexp = NUMBER) String number,
                                             @Valid @RequestBody RescheduleRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(MyAppointment.of(bookings.reschedule(Actors.citizen(user), number, request.slotId())));
    }
}
