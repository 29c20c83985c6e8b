package org.citizenhub.survey.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReviewPoliciesTest {

    private static final Instant OPENS = Instant.parse("2026-11-16T02:00:00Z"); // 10:00 in Shanghai
    private static final Instant CLOSES = Instant.parse("2026-11-30T10:00:00Z"); // 18:00
    private static final ReviewPeriod PERIOD = new ReviewPeriod(OPENS, CLOSES);
    private static final List<String> REVIEWED = List.of("D-DONGCHENG-EDUCATION", "D-DONGCHENG-OFFICE");

    private final ReviewPolicies policies = new ReviewPolicies(ZoneId.of("Asia/Shanghai"));

    private static ReviewPhase at(Instant now) {
        return ReviewPhase.at(PERIOD, Optional.empty(), now);
    }

    @Test
    void a_review_is_upcoming_open_closed_and_then_its_results_are_published() {
        assertThat(at(OPENS.minusSeconds(1))).isInstanceOf(ReviewPhase.Upcoming.class);
        assertThat(at(OPENS)).isInstanceOf(ReviewPhase.Open.class);
        assertThat(at(CLOSES)).isInstanceOf(ReviewPhase.Closed.class);
        ReviewPhase published = ReviewPhase.at(PERIOD, Optional.of(CLOSES.plusSeconds(60)), CLOSES.plusSeconds(60));
        assertThat(published.name()).isEqualTo("results-published");
        assertThat(published.resultsPublishedAt()).contains(CLOSES.plusSeconds(60));
        assertThat(at(CLOSES).resultsPublishedAt()).isEmpty();
    }

    @Test
    void a_review_needs_a_forward_period_and_departments_all_of_its_site() {
        assertThat(policies.periodAndDepartmentsFit(PERIOD, REVIEWED, d -> d.startsWith("D-DONGCHENG"))).isEmpty();
        assertThat(policies.periodAndDepartmentsFit(new ReviewPeriod(CLOSES, OPENS), REVIEWED, d -> true))
                .map(Refusal::rule).contains(ReviewRule.PERIOD_AND_DEPARTMENTS_FIT);
        assertThat(policies.periodAndDepartmentsFit(PERIOD, List.of("D-XICHENG-OFFICE"),
                d -> d.startsWith("D-DONGCHENG"))).isPresent();
        assertThat(policies.periodAndDepartmentsFit(PERIOD, List.of(), d -> true)).isPresent();
    }

    @Test
    void ratings_are_taken_only_while_the_review_is_open_quoting_the_period_in_local_time() {
        assertThat(policies.rating(at(OPENS))).isEmpty();
        assertThat(policies.rating(at(CLOSES))).contains(new Refusal(ReviewRule.RATINGS_ONLY_WHILE_OPEN,
                List.of("2026-11-16 10:00", "2026-11-30 18:00")));
        assertThat(policies.rating(at(OPENS.minusSeconds(1)))).isPresent();
    }

    @Test
    void a_rating_scores_every_reviewed_department_from_one_to_five_and_nothing_else() {
        assertThat(policies.scores(Map.of("D-DONGCHENG-EDUCATION", 1, "D-DONGCHENG-OFFICE", 5), REVIEWED)).isEmpty();
        assertThat(policies.scores(Map.of("D-DONGCHENG-OFFICE", 3), REVIEWED))
                .contains(new Refusal(ReviewRule.ONE_SCORE_PER_REVIEWED_DEPARTMENT,
                        List.of("D-DONGCHENG-EDUCATION, D-DONGCHENG-OFFICE")));
        assertThat(policies.scores(Map.of("D-DONGCHENG-EDUCATION", 0, "D-DONGCHENG-OFFICE", 5), REVIEWED)).isPresent();
        assertThat(policies.scores(Map.of("D-DONGCHENG-EDUCATION", 3, "D-DONGCHENG-OFFICE", 6), REVIEWED)).isPresent();
        assertThat(policies.scores(Map.of("D-DONGCHENG-EDUCATION", 3, "D-DONGCHENG-OFFICE", 3, "D-HOUSING", 3),
                REVIEWED)).isPresent();
    }

    @Test
    void no_results_before_the_period_ends_so_no_running_tally_steers_later_raters() {
        assertThat(policies.results(at(CLOSES.minusSeconds(1)))).contains(
                new Refusal(ReviewRule.RESULTS_AFTER_CLOSE, List.of("2026-11-30 18:00")));
        assertThat(policies.results(at(CLOSES))).isEmpty();
        assertThat(policies.results(ReviewPhase.at(PERIOD, Optional.of(CLOSES), CLOSES))).isEmpty();
    }

    @Test
    void a_comment_if_any_is_on_a_reviewed_department() {
        assertThat(policies.comments(Map.of(), REVIEWED)).isEmpty();
        assertThat(policies.comments(Map.of("D-DONGCHENG-OFFICE", "办事很快"), REVIEWED)).isEmpty();
        assertThat(policies.comments(Map.of("D-HOUSING", "办事很快"), REVIEWED)).map(Refusal::rule)
                .contains(ReviewRule.COMMENTS_ON_REVIEWED_DEPARTMENTS);
    }
}
