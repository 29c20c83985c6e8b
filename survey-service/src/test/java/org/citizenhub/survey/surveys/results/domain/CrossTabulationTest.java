package org.citizenhub.survey.surveys.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CrossTabulationTest {

    private static CrossTab crossTab(String rows, String columns) {
        var tab = new CrossTabulation(SurveyFixture.questionnaire(), rows, columns);
        SurveyFixture.responses().forEach(tab::add);
        return tab.result();
    }

    @Test
    void a_single_choice_against_a_rating_scale_counts_the_responses_that_answered_both() {
        CrossTab tab = crossTab("commute", "satisfaction");
        assertThat(tab.responses()).isEqualTo(4);
        assertThat(tab.rows().labels()).extracting(CrossTab.Label::key).containsExactly("car", "bus", "bike");
        assertThat(tab.columns().labels()).extracting(CrossTab.Label::key).containsExactly("1", "2", "3", "4", "5");
        assertThat(tab.counts()).containsExactly(
                List.of(0L, 1L, 0L, 0L, 0L),
                List.of(0L, 0L, 0L, 1L, 1L),
                List.of(0L, 0L, 0L, 1L, 0L));
        assertThat(tab.rowTotals()).containsExactly(1L, 2L, 1L);
        assertThat(tab.columnTotals()).containsExactly(0L, 1L, 0L, 2L, 1L);
        assertThat(tab.rowPercents().get(1)).containsExactly(pct("0.0"), pct("0.0"), pct("0.0"), pct("50.0"),
                pct("50.0"));
    }

    @Test
    void a_multiple_choice_puts_a_response_into_every_category_it_chose() {
        CrossTab tab = crossTab("modes", "commute");
        assertThat(tab.responses()).isEqualTo(3);
        assertThat(tab.counts()).containsExactly(
                List.of(0L, 2L, 0L),  // metro: both bus commuters
                List.of(1L, 0L, 0L),  // taxi: the car commuter
                List.of(0L, 1L, 0L)); // walk: the first bus commuter
        assertThat(tab.rowTotals()).containsExactly(2L, 1L, 1L);
        assertThat(tab.columnTotals()).containsExactly(1L, 2L, 0L);
    }

    @Test
    void only_questions_of_fixed_categories_can_be_cross_tabulated_and_not_with_themselves() {
        assertThatThrownBy(() -> crossTab("commute", "remarks")).isInstanceOfSatisfying(ResultsRefused.class,
                r -> assertThat(r.rule()).isEqualTo(ResultsRefused.Rule.NOT_CROSS_TABULABLE));
        assertThatThrownBy(() -> crossTab("age", "commute")).isInstanceOfSatisfying(ResultsRefused.class,
                r -> assertThat(r.rule()).isEqualTo(ResultsRefused.Rule.NOT_CROSS_TABULABLE));
        assertThatThrownBy(() -> crossTab("commute", "commute")).isInstanceOfSatisfying(ResultsRefused.class,
                r -> assertThat(r.rule()).isEqualTo(ResultsRefused.Rule.NOT_CROSS_TABULABLE));
        assertThatThrownBy(() -> crossTab("commute", "nope")).isInstanceOfSatisfying(ResultsRefused.class,
                r -> assertThat(r.rule()).isEqualTo(ResultsRefused.Rule.UNKNOWN_QUESTION));
    }

    private static BigDecimal pct(String s) {
        return new BigDecimal(s);
    }
}
