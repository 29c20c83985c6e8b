package org.citizenhub.hall.appointments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.citizenhub.casework.actor.Actors;
import org.citizenhub.hall.appointments.domain.Booking;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hall's staff (handlers of the hall's department): the day's appointments, arrival (签到) and no-show (爽约).
 * Another department's hall or booking is {@code 404}, so its existence does not leak.
 */
@RestController
@RequestMapping("/handling")
@PreAuthorize("hasRole('handler')")
@Validated
class StaffAppointmentController {

    record Arrival(@Pattern(regexp = "[0-9]{6}") String checkInCode) {
    }

    /** What the hall sees of a booking: no check-in code (the citizen shows it) and no contact. */
    record HallAppointment(String number, String status, long slotId, UUID windowId, String itemCode,
                           OffsetDateTime startsAt, OffsetDateTime endsAt, String citizen, OffsetDateTime endedAt) {
        static HallAppointment of(Booking b) {
            var zone = SlotGeneration.ZONE;
            return new HallAppointment(b.number(), b.status().name(), b.slot().slotId(), b.slot().windowId(),
                    b.itemCode(), b.slot().startsAt().atZone(zone).toOffsetDateTime(),
                    b.slot().endsAt().atZone(zone).toOffsetDateTime(), b.citizenId(),
                    b.outcome() == null ? null : b.outcome().at().atZone(zone).toOffsetDateTime());
        }
    }

    private final Bookings bookings;
    private final Halls halls;
    private final HubSites sites;

    StaffAppointmentController(Bookings bookings, Halls halls, HubSites sites) {
        this.bookings = bookings;
        this.halls = halls;
        this.sites = sites;
    }

    @GetMapping("/halls/{hallId}/appointments")
    List<HallAppointment> ofDay(@PathVariable UUID hallId,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                CurrentUser user) {
        halls.find(hallId).filter(h -> scope(user).canSee(h.department()))
                .orElseThrow(() -> new HubProblem(AppointmentProblem.HALL_NOT_FOUND));
        return bookings.ofHallOn(hallId, date).stream().map(HallAppointment::of).toList();
    }

    @PostMapping(path = "/appointments/{number}/arrival", consumes = MediaType.APPLICATION_JSON_VALUE)
    HallAppointment arrival(@PathVariable @Pattern(regexp = AppointmentController.NUMBER) String number,
                            @Valid @RequestBody Arrival request, CurrentUser user) {
        return HallAppointment.of(bookings.arrive(visible(number, user), request.checkInCode(),
                Actors.handler(user)));
    }

    @PostMapping("/appointments/{number}/no-show")
    HallAppointment noShow(@PathVariable @Pattern(regexp = AppointmentController.NUMBER) String number,
                           CurrentUser user) {
        return HallAppointment.of(bookings.noShow(visible(number, user), Actors.handler(user)));
    }

    private Booking visible(String number, CurrentUser user) {
        return bookings.byNumber(number).filter(b -> scope(user).canSee(b.slot().department()))
                .orElseThrow(() -> new HubProblem(AppointmentProblem.APPOINTMENT_NOT_FOUND, number));
    }

    /** Handlers see their own department's hall only: no role sees every department here. */
    private DepartmentScope scope(CurrentUser user) {
        return DepartmentScope.of(user, Set.of(), sites);
    }
}
