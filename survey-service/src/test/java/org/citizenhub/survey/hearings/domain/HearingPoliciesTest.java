package org.citizenhub.survey.hearings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HearingPoliciesTest {

    private static final Instant OPENS = Instant.parse("2026-11-16T02:00:00Z"); // 10:00 in Shanghai
    private static final Instant CLOSES = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant HEARING = Instant.parse("2026-11-25T06:00:00Z");
    private static final HearingSchedule SCHEDULE = new HearingSchedule(OPENS, CLOSES, HEARING, 2);
    private static final Instant DRAWN = CLOSES.plusSeconds(60);

    private final HearingPolicies policies = new HearingPolicies(ZoneId.of("Asia/Shanghai"));

    private static HearingPhase at(Instant now) {
        return HearingPhase.at(SCHEDULE, Optional.empty(), Optional.empty(), now);
    }

    private static HearingPhase drawnAt(Instant now) {
        return HearingPhase.at(SCHEDULE, Optional.of(DRAWN), Optional.empty(), now);
    }

    @Test
    void a_hearing_moves_through_its_phases_with_its_schedule_and_the_recorded_draw_and_record() {
        assertThat(at(OPENS.minusSeconds(1))).isInstanceOf(HearingPhase.Announced.class);
        assertThat(at(OPENS)).isInstanceOf(HearingPhase.RegistrationOpen.class);
        assertThat(at(CLOSES)).isInstanceOf(HearingPhase.RegistrationClosed.class);
        assertThat(drawnAt(DRAWN)).isEqualTo(new HearingPhase.Drawn(SCHEDULE, DRAWN));
        assertThat(drawnAt(HEARING)).isEqualTo(new HearingPhase.Held(SCHEDULE, DRAWN));
        HearingRecord record = new HearingRecord("笔录", HEARING.plusSeconds(3600));
        HearingPhase published = HearingPhase.at(SCHEDULE, Optional.of(DRAWN), Optional.of(record), HEARING);
        assertThat(published.name()).isEqualTo("record-published");
        assertThat(published.record()).contains(record);
        assertThat(at(OPENS).drawnAt()).as("nothing of the draw before it").isEmpty();
    }

    @Test
    void a_hearing_nobody_drew_is_not_held_when_its_time_comes_but_still_awaits_its_draw() {
        HearingPhase phase = at(HEARING.plusSeconds(1));

        assertThat(phase).isInstanceOf(HearingPhase.RegistrationClosed.class);
        assertThat(policies.draw(phase)).isEmpty();
        assertThat(policies.record(phase)).map(Refusal::rule).contains(HearingRule.RECORD_AFTER_HEARING);
    }

    @Test
    void a_schedule_fits_when_registration_closes_after_it_opens_and_no_later_than_the_hearing_with_a_seat() {
        assertThat(policies.scheduleFits(SCHEDULE)).isEmpty();
        assertThat(policies.scheduleFits(new HearingSchedule(OPENS, CLOSES, CLOSES, 1))).isEmpty();
        assertThat(policies.scheduleFits(new HearingSchedule(CLOSES, OPENS, HEARING, 1)))
                .map(Refusal::rule).contains(HearingRule.SCHEDULE_FITS);
        assertThat(policies.scheduleFits(new HearingSchedule(OPENS, HEARING, CLOSES, 1))).isPresent();
        assertThat(policies.scheduleFits(new HearingSchedule(OPENS, CLOSES, HEARING, 0))).isPresent();
    }

    @Test
    void registration_is_refused_outside_its_window_quoting_the_window_in_local_time() {
        assertThat(policies.registration(at(OPENS))).isEmpty();

        Optional<Refusal> early = policies.registration(at(OPENS.minusSeconds(1)));
        Optional<Refusal> late = policies.registration(at(CLOSES));

        assertThat(early).contains(new Refusal(HearingRule.REGISTRATION_ONLY_WHILE_OPEN,
                java.util.List.of("2026-11-16 10:00", "2026-11-20 10:00")));
        assertThat(late).map(Refusal::rule).contains(HearingRule.REGISTRATION_ONLY_WHILE_OPEN);
    }

    @Test
    void the_seats_are_drawn_after_registration_closes_and_only_once() {
        assertThat(policies.draw(at(OPENS))).contains(new Refusal(HearingRule.DRAW_AFTER_REGISTRATION_CLOSES,
                java.util.List.of("2026-11-20 10:00")));
        assertThat(policies.draw(at(CLOSES))).isEmpty();
        assertThat(policies.draw(drawnAt(DRAWN))).map(Refusal::rule).contains(HearingRule.DRAW_ONCE);
        assertThat(policies.draw(drawnAt(HEARING))).map(Refusal::rule).contains(HearingRule.DRAW_ONCE);
    }

    @Test
    void only_a_seated_participant_submits_a_statement_between_the_draw_and_the_hearing() {
        assertThat(policies.statement(drawnAt(DRAWN), true)).isEmpty();
        assertThat(policies.statement(drawnAt(DRAWN), false)).map(Refusal::rule)
                .contains(HearingRule.STATEMENT_BY_SEATED_BEFORE_HEARING);
        assertThat(policies.statement(drawnAt(HEARING), true)).isPresent();
        assertThat(policies.statement(at(CLOSES), true)).as("before the draw").isPresent();
    }

    @Test
    void the_record_follows_the_hearing_and_may_be_corrected() {
        assertThat(policies.record(drawnAt(DRAWN))).contains(new Refusal(HearingRule.RECORD_AFTER_HEARING,
                java.util.List.of("2026-11-25 14:00")));
        assertThat(policies.record(drawnAt(HEARING))).isEmpty();
        HearingPhase published = HearingPhase.at(SCHEDULE, Optional.of(DRAWN),
                Optional.of(new HearingRecord("笔录", HEARING)), HEARING);
        assertThat(policies.record(published)).isEmpty();
    }
}
