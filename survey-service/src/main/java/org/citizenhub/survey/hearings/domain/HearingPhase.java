package org.citizenhub.survey.hearings.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a hearing stands, one value object per phase; each holds what exists from that phase on and nothing that
 * does not exist yet (no drawing time before the draw, no record before it is published):
 * announced → registration open → registration closed → drawn → held → record published.
 *
 * <p>The times of the schedule move a hearing on by themselves; the draw and the record are facts recorded when
 * they happen. A hearing whose hearing time came before anyone (administrator or the scheduled draw) drew it stays
 * {@link RegistrationClosed} until it is drawn: it was not held with participants.
 */
public sealed interface HearingPhase {

    HearingSchedule schedule();

    /** The phase's stable name, as shown in the public JSON ({@code registration-open}, ...). */
    String name();

    /** When the seats were drawn, from the {@link Drawn} phase on. */
    default Optional<Instant> drawnAt() {
        return Optional.empty();
    }

    default Optional<HearingRecord> record() {
        return Optional.empty();
    }

    /** Announced; registration has not opened yet. */
    record Announced(HearingSchedule schedule) implements HearingPhase {
        public String name() {
            return "announced";
        }
    }

    record RegistrationOpen(HearingSchedule schedule) implements HearingPhase {
        public String name() {
            return "registration-open";
        }
    }

    /** Registration has closed; the seats wait for the draw. */
    record RegistrationClosed(HearingSchedule schedule) implements HearingPhase {
        public String name() {
            return "registration-closed";
        }
    }

    /** The seats are drawn; seated participants submit statements until the hearing. */
    record Drawn(HearingSchedule schedule, Instant seatsDrawnAt) implements HearingPhase {
        public Drawn {
            Objects.requireNonNull(seatsDrawnAt);
        }

        public String name() {
            return "drawn";
        }

        @Override
        public Optional<Instant> drawnAt() {
            return Optional.of(seatsDrawnAt);
        }
    }

    /** The hearing's time has come; its record is awaited. */
    record Held(HearingSchedule schedule, Instant seatsDrawnAt) implements HearingPhase {
        public Held {
            Objects.requireNonNull(seatsDrawnAt);
        }

        public String name() {
            return "held";
        }

        @Override
        public Optional<Instant> drawnAt() {
            return Optional.of(seatsDrawnAt);
        }
    }

    record RecordPublished(HearingSchedule schedule, Instant seatsDrawnAt, HearingRecord published)
            implements HearingPhase {
        public RecordPublished {
            Objects.requireNonNull(seatsDrawnAt);
            Objects.requireNonNull(published);
        }

        public String name() {
            return "record-published";
        }

        @Override
        public Optional<Instant> drawnAt() {
            return Optional.of(seatsDrawnAt);
        }

        @Override
        public Optional<HearingRecord> record() {
            return Optional.of(published);
        }
    }

    /** The phase at {@code now}, from the schedule and the facts recorded so far. */
    static HearingPhase at(HearingSchedule schedule, Optional<Instant> drawnAt, Optional<HearingRecord> record,
                           Instant now) {
        if (drawnAt.isPresent()) {
            Instant drawn = drawnAt.get();
            if (record.isPresent()) {
                return new RecordPublished(schedule, drawn, record.get());
            }
            return now.isBefore(schedule.hearingAt()) ? new Drawn(schedule, drawn) : new Held(schedule, drawn);
        }
        if (now.isBefore(schedule.registrationOpensAt())) {
            return new Announced(schedule);
        }
        if (now.isBefore(schedule.registrationClosesAt())) {
            return new RegistrationOpen(schedule);
        }
        return new RegistrationClosed(schedule);
    }
}
