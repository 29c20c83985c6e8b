package org.citizenhub.survey.reviews.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reviews' named policies. Each answers "allowed" (empty) or a {@link Refusal} naming its {@link ReviewRule} and
 * the values its reason quotes; times in the reviews' zone.
 */
public final class ReviewPolicies {

    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;

    private final ZoneId zone;

    public ReviewPolicies(ZoneId zone) {
        this.zone = zone;
    }

    /** {@link ReviewRule#PERIOD_AND_DEPARTMENTS_FIT}; {@code ofTheSite} says whether a department is of the site. */
    public Optional<Refusal> periodAndDepartmentsFit(ReviewPeriod period, Collection<String> departments,
                                                     Predicate<String> ofTheSite) {
        boolean fits = period.opensAt().isBefore(period.closesAt()) && !departments.isEmpty()
                && departments.stream().allMatch(ofTheSite);
        return fits ? Optional.empty() : Optional.of(Refusal.of(ReviewRule.PERIOD_AND_DEPARTMENTS_FIT));
    }

    /** {@link ReviewRule#RATINGS_ONLY_WHILE_OPEN}. */
    public Optional<Refusal> rating(ReviewPhase phase) {
        return phase instanceof ReviewPhase.Open ? Optional.empty()
                : Optional.of(Refusal.of(ReviewRule.RATINGS_ONLY_WHILE_OPEN, local(phase.period().opensAt()),
                        local(phase.period().closesAt())));
    }

    /** {@link ReviewRule#ONE_SCORE_PER_REVIEWED_DEPARTMENT}. */
    public Optional<Refusal> scores(Map<String, Integer> scores, Collection<String> reviewed) {
        boolean matches = scores.keySet().equals(Set.copyOf(reviewed)) && scores.values().stream()
                .allMatch(s -> s != null && s >= LOWEST_SCORE && s <= HIGHEST_SCORE);
        return matches ? Optional.empty()
                : Optional.of(Refusal.of(ReviewRule.ONE_SCORE_PER_REVIEWED_DEPARTMENT, String.join(", ", reviewed)));
    }

    /** {@link ReviewRule#COMMENTS_ON_REVIEWED_DEPARTMENTS}: a comment, if any, is on a reviewed department. */
    public Optional<Refusal> comments(Map<String, String> comments, Collection<String> reviewed) {
        return reviewed.containsAll(comments.keySet()) ? Optional.empty()
                : Optional.of(Refusal.of(ReviewRule.COMMENTS_ON_REVIEWED_DEPARTMENTS, String.join(", ", reviewed)));
    }

    /** {@link ReviewRule#RESULTS_AFTER_CLOSE}. */
    public Optional<Refusal> results(ReviewPhase phase) {
        return phase instanceof ReviewPhase.Closed || phase instanceof ReviewPhase.ResultsPublished ? Optional.empty()
                : Optional.of(Refusal.of(ReviewRule.RESULTS_AFTER_CLOSE, local(phase.period().closesAt())));
    }

    private String local(Instant t) {
        return t.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }
}
