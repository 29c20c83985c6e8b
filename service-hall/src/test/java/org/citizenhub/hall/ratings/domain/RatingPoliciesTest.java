package org.citizenhub.hall.ratings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.junit.jupiter.api.Test;

class RatingPoliciesTest {

    private static final Instant MONDAY = OffsetDateTime.parse("2026-11-16T10:00+08:00").toInstant();
    private static final Actor TRANSPORT = new Actor("h1", "h1", Actor.Role.HANDLER, "D-TRANSPORT");
    private static final Actor ECOLOGY = new Actor("h2", "h2", Actor.Role.HANDLER, "D-ECOLOGY");
    private static final Actor SUPERVISOR = new Actor("s1", "s1", Actor.Role.SUPERVISOR, null);
    private static final DeadlineRule<WorkingDays> RULE =
            DeadlineRule.of("hall-rating-rectification", WorkingDays.of(15), WorkingDays.of(3));

    private final WorkingTime time = new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);

    private static Rating.Given given(Satisfaction s, Set<ReasonCategory> reasons, String comment) {
        return new Rating.Given(UUID.randomUUID(), "PJ20261116000001", Rating.Subject.VISIT, "v",
                new Rating.Place("D-TRANSPORT", "GOV", "ITEM", "许可", "A03", MONDAY), Channel.WINDOW, s, reasons,
                comment, null, MONDAY);
    }

    @Test
    void satisfied_needs_no_reason_and_takes_none() {
        assertThat(RatingPolicies.BelowSatisfiedNeedsReasonsAndText.check(Satisfaction.SATISFIED, Set.of(), null))
                .isEmpty();
        assertThat(RatingPolicies.BelowSatisfiedNeedsReasonsAndText.check(Satisfaction.SATISFIED,
                Set.of(ReasonCategory.OTHER), null)).get().extracting(RatingRefused::rule)
                .isEqualTo(RatingRule.REASONS_ONLY_BELOW_SATISFIED);
    }

    @Test
    void basically_satisfied_needs_a_reason_and_five_characters_of_text() {
        assertThat(RatingPolicies.BelowSatisfiedNeedsReasonsAndText.check(Satisfaction.BASICALLY_SATISFIED,
                Set.of(), "等了很久才叫号")).get().extracting(RatingRefused::rule)
                .isEqualTo(RatingRule.REASONS_REQUIRED_BELOW_SATISFIED);
        assertThat(RatingPolicies.BelowSatisfiedNeedsReasonsAndText.check(Satisfaction.BASICALLY_SATISFIED,
                Set.of(ReasonCategory.INEFFICIENT), "很慢")).get().extracting(RatingRefused::rule)
                .isEqualTo(RatingRule.TEXT_REQUIRED_BELOW_SATISFIED);
        assertThat(RatingPolicies.BelowSatisfiedNeedsReasonsAndText.check(Satisfaction.BASICALLY_SATISFIED,
                Set.of(ReasonCategory.INEFFICIENT), "等了很久才叫号")).isEmpty();
        assertThat(RatingPolicies.BelowSatisfiedNeedsReasonsAndText.check(Satisfaction.VERY_SATISFIED, Set.of(),
                "好".repeat(501))).get().extracting(RatingRefused::rule).isEqualTo(RatingRule.TEXT_TOO_LONG);
    }

    @Test
    void a_visit_is_rated_once_within_its_window() {
        var policy = new RatingPolicies.VisitRatedOnceWithin(Duration.ofDays(30));
        assertThat(policy.check(MONDAY, false, MONDAY.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(policy.check(MONDAY, false, MONDAY.plus(Duration.ofDays(31)))).get()
                .extracting(RatingRefused::rule).isEqualTo(RatingRule.VISIT_RATING_CLOSED);
        assertThat(policy.check(MONDAY, true, MONDAY)).get().extracting(RatingRefused::rule)
                .isEqualTo(RatingRule.VISIT_ALREADY_RATED);
    }

    @Test
    void only_a_bad_rating_opens_a_rectification_of_15_working_days() {
        assertThat(Rating.give(given(Satisfaction.BASICALLY_SATISFIED, Set.of(ReasonCategory.OTHER), "一般般吧还行"),
                RULE, time).rectification()).isNull();
        var bad = Rating.give(given(Satisfaction.UNSATISFIED, Set.of(ReasonCategory.OTHER), "一般般吧不行"), RULE,
                time);
        assertThat(bad.rectification().status()).isEqualTo(Rating.RectificationStatus.OPEN);
        // Mon 16 Nov + 15 working days: Mon 7 December, at closing time
        assertThat(bad.rectificationDueAt()).contains(OffsetDateTime.parse("2026-12-07T17:00+08:00").toInstant());
    }

    @Test
    void only_the_rated_department_rectifies_and_appeals_within_5_working_days_and_only_a_supervisor_decides() {
        var bad = Rating.give(given(Satisfaction.VERY_UNSATISFIED, Set.of(ReasonCategory.POOR_ATTITUDE),
                "态度很差很差"), RULE, time);
        assertThatThrownBy(() -> bad.recordFollowUp(ECOLOGY, true, "回访了回访了", MONDAY))
                .isInstanceOfSatisfying(RatingRefused.class, r -> assertThat(r.rule()).isEqualTo(RatingRule.NOT_PERMITTED));
        var policy = new RatingPolicies.AppealWithinWorkingDays(5);
        Instant late = OffsetDateTime.parse("2026-11-24T09:00+08:00").toInstant();
        assertThatThrownBy(() -> bad.appeal(TRANSPORT, "恶意评价恶意评价", policy, late, time))
                .isInstanceOfSatisfying(RatingRefused.class, r -> assertThat(r.rule()).isEqualTo(RatingRule.APPEAL_TOO_LATE));
        bad.appeal(TRANSPORT, "恶意评价恶意评价", policy, MONDAY.plus(Duration.ofDays(1)), time);
        assertThatThrownBy(() -> bad.decideAppeal(TRANSPORT, true, "自己裁决自己", MONDAY, time))
                .isInstanceOf(RatingRefused.class);
        bad.decideAppeal(SUPERVISOR, true, "经核实属恶意评价", MONDAY.plus(Duration.ofDays(2)), time);
        assertThat(bad.excluded()).isTrue();
        assertThat(bad.rectification().status()).isEqualTo(Rating.RectificationStatus.CLOSED);
    }
}
