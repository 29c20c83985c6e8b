package org.citizenhub.hall.appointments.domain;

import java.time.Instant;
import java.util.UUID;

/** The slot a booking holds, with the hall and department it belongs to. */
public record SlotRef(long slotId, UUID hallId, UUID windowId, String department, String site, Instant startsAt,
                      Instant endsAt) {
}
