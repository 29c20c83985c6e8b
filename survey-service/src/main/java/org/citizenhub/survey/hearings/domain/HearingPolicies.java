package org.citizenhub.survey.hearings.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The hearings' named policies. Each answers "allowed" (empty) or a {@link Refusal} naming its {@link HearingRule}
 * and the values its reason quotes; times are quoted in the hearings' zone.
 */
public final class HearingPolicies {

    private final ZoneId zone;

    public HearingPolicies(ZoneId zone) {
        this.zone = zone;
    }

    /** {@link HearingRule#SCHEDULE_FITS}. */
    public Optional<Refusal> scheduleFits(HearingSchedule s) {
        boolean fits = s.registrationOpensAt().isBefore(s.registrationClosesAt())
                && !s.hearingAt().isBefore(s.registrationClosesAt()) && s.seats() >= 1;
        return fits ? Optional.empty() : Optional.of(Refusal.of(HearingRule.SCHEDULE_FITS));
    }

    /** {@link HearingRule#REGISTRATION_ONLY_WHILE_OPEN}. */
    public Optional<Refusal> registration(HearingPhase phase) {
        if (phase instanceof HearingPhase.RegistrationOpen) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(HearingRule.REGISTRATION_ONLY_WHILE_OPEN,
                local(phase.schedule().registrationOpensAt()), local(phase.schedule().registrationClosesAt())));
    }

    /** {@link HearingRule#DRAW_AFTER_REGISTRATION_CLOSES} and {@link HearingRule#DRAW_ONCE}. */
    public Optional<Refusal> draw(HearingPhase phase) {
        return switch (phase) {
            case HearingPhase.RegistrationClosed closed -> Optional.empty();
            case HearingPhase.Announced a -> stillOpen(phase);
            case HearingPhase.RegistrationOpen o -> stillOpen(phase);
            case HearingPhase.Drawn d -> Optional.of(Refusal.of(HearingRule.DRAW_ONCE));
            case HearingPhase.Held h -> Optional.of(Refusal.of(HearingRule.DRAW_ONCE));
            case HearingPhase.RecordPublished p -> Optional.of(Refusal.of(HearingRule.DRAW_ONCE));
        };
    }

    /** {@link HearingRule#STATEMENT_BY_SEATED_BEFORE_HEARING}. */
    public Optional<Refusal> statement(HearingPhase phase, boolean seated) {
        return phase instanceof HearingPhase.Drawn && seated ? Optional.empty()
                : Optional.of(Refusal.of(HearingRule.STATEMENT_BY_SEATED_BEFORE_HEARING));
    }

    /**
     * {@link HearingRule#RECORD_AFTER_HEARING}: once held; a published record may be corrected (published again).
     */
    public Optional<Refusal> record(HearingPhase phase) {
        return phase instanceof HearingPhase.Held || phase instanceof HearingPhase.RecordPublished ? Optional.empty()
                : Optional.of(Refusal.of(HearingRule.RECORD_AFTER_HEARING, local(phase.schedule().hearingAt())));
    }

    private Optional<Refusal> stillOpen(HearingPhase phase) {
        return Optional.of(Refusal.of(HearingRule.DRAW_AFTER_REGISTRATION_CLOSES,
                local(phase.schedule().registrationClosesAt())));
    }

    private String local(Instant t) {
        return t.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }
}
