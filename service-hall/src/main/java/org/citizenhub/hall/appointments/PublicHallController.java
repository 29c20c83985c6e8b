package org.citizenhub.hall.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citizenhub.sites.web.SiteSelection;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The halls of a site and their bookable slots, for anyone. */
@RestController
@RequestMapping("/public/halls")
class PublicHallController {

    private final Halls halls;
    private final SlotGeneration slots;
    private final AppointmentProperties properties;
    private final Clock clock;

    PublicHallController(Halls halls, SlotGeneration slots, AppointmentProperties properties, Clock clock) {
        this.halls = halls;
        this.slots = slots;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    List<Halls.Hall> list(SiteSelection site) {
        return halls.all(site.sites());
    }

    @GetMapping("/{hallId}")
    Halls.Hall read(@PathVariable UUID hallId, SiteSelection site) {
        return visible(hallId, site);
    }

    /**
     * Slots with a seat left that can still be booked, {@code from}–{@code to} inclusive (default: the horizon),
     * optionally of one window.
     */
    @GetMapping("/{hallId}/slots")
    List<Halls.OpenSlot> slots(@PathVariable UUID hallId, SiteSelection site,
                               @RequestParam(required = false) UUID windowId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate to) {
        visible(hallId, site);
        LocalDate today = LocalDate.now(clock.withZone(SlotGeneration.ZONE));
        var horizon = slots.horizon();
        LocalDate first = from == null || from.isBefore(today) ? today : from;
        LocalDate last = to != null ? to : horizon.isEmpty() ? today : horizon.getLast();
        if (last.isAfter(first.plusDays(92))) {
            last = first.plusDays(92);
        }
        return halls.openSlots(hallId, windowId, first, last,
                clock.instant().plus(Duration.ofMinutes(properties.closesMinutesBefore())));
    }

    /** A hall of another site is not found on this one. */
    private Halls.Hall visible(UUID hallId, SiteSelection site) {
        return halls.find(hallId).filter(h -> site.coversSite(h.site()))
                .orElseThrow(() -> new HubProblem(AppointmentProblem.HALL_NOT_FOUND));
    }
}
