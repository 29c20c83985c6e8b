package org.citizenhub.survey.surveys.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.citizenhub.survey.surveys.questionnaire.Answer;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static SurveyResults tallied() {
        Tally tally = new Tally(SurveyFixture.questionnaire());
        SurveyFixture.responses().forEach(tally::add);
        return tally.results(UUID.randomUUID(), "出行调查");
    }

    private static <T extends QuestionResult> T question(String key, Class<T> kind) {
        return kind.cast(tallied().question(key).orElseThrow());
    }

    private static String counts(List<Count> counts) {
        return String.join(", ", counts.stream().map(c -> c.key() + "=" + c.count() + "/" + c.percent()).toList());
    }

    @Test
    void every_response_counts_once_and_the_questions_keep_the_questionnaires_order() {
        SurveyResults r = tallied();
        assertThat(r.responses()).isEqualTo(5);
        assertThat(r.questions()).extracting(QuestionResult::key).containsExactly("commute", "modes", "age",
                "satisfaction", "services", "priorities", "remarks", "moved-in", "photos");
    }

    @Test
    void a_single_choice_counts_each_option_as_a_share_of_those_who_answered_the_question() {
        var commute = question("commute", QuestionResult.Choice.class);
        assertThat(commute.answered()).isEqualTo(4);
        assertThat(counts(commute.options())).isEqualTo("car=1/25.0, bus=2/50.0, bike=1/25.0");
        assertThat(commute.options().getFirst().label()).isEqualTo("选项car");
    }

    @Test
    void a_multiple_choice_counts_respondents_per_option_so_the_shares_add_up_to_more_than_100() {
        var modes = question("modes", QuestionResult.Choice.class);
        assertThat(modes.answered()).isEqualTo(3);
        assertThat(counts(modes.options())).isEqualTo("metro=2/66.7, taxi=1/33.3, walk=1/33.3");
    }

    @Test
    void a_number_has_its_mean_minimum_maximum_and_the_distribution_of_the_values_given() {
        var age = question("age", QuestionResult.Numeric.class);
        assertThat(age.answered()).isEqualTo(3);
        assertThat(age.mean()).isEqualByComparingTo("35.00");
        assertThat(age.min()).isEqualByComparingTo("30");
        assertThat(age.max()).isEqualByComparingTo("45");
        // 45.0 and 45 are the same value
        assertThat(counts(age.distribution())).isEqualTo("30=2/66.7, 45=1/33.3");
    }

    @Test
    void a_rating_scale_lists_every_point_of_the_scale_with_the_labels_at_its_ends_and_its_mean() {
        var satisfaction = question("satisfaction", QuestionResult.Numeric.class);
        assertThat(satisfaction.answered()).isEqualTo(4);
        assertThat(satisfaction.mean()).isEqualTo(new BigDecimal("3.75"));
        assertThat(counts(satisfaction.distribution())).isEqualTo("1=0/0.0, 2=1/25.0, 3=0/0.0, 4=2/50.0, 5=1/25.0");
        assertThat(satisfaction.distribution()).extracting(Count::label)
                .containsExactly("1 非常不满意", "2", "3", "4", "5 非常满意");
    }

    @Test
    void a_matrix_counts_each_row_as_a_share_of_those_who_answered_that_row() {
        var services = question("services", QuestionResult.MatrixTally.class);
        assertThat(services.answered()).isEqualTo(3);
        var parks = services.rows().get(0);
        var roads = services.rows().get(1);
        assertThat(parks.answered()).isEqualTo(3);
        assertThat(counts(parks.columns())).isEqualTo("good=2/66.7, fair=0/0.0, poor=1/33.3");
        assertThat(roads.answered()).isEqualTo(2);
        assertThat(counts(roads.columns())).isEqualTo("good=0/0.0, fair=1/50.0, poor=1/50.0");
    }

    @Test
    void a_ranking_has_each_options_average_position_and_how_often_it_was_placed_where() {
        var priorities = question("priorities", QuestionResult.RankingTally.class);
        assertThat(priorities.answered()).isEqualTo(3);
        var schools = priorities.options().get(0);
        var clinics = priorities.options().get(1);
        var parking = priorities.options().get(2);
        assertThat(schools.averagePosition()).isEqualTo(new BigDecimal("1.33")); // (1 + 2 + 1) / 3
        assertThat(schools.positions()).containsExactly(2L, 1L, 0L);
        assertThat(clinics.averagePosition()).isEqualTo(new BigDecimal("2.00")); // (2 + 1 + 3) / 3
        assertThat(clinics.positions()).containsExactly(1L, 1L, 1L);
        assertThat(parking.averagePosition()).isEqualTo(new BigDecimal("2.67")); // (3 + 3 + 2) / 3
        assertThat(parking.positions()).containsExactly(0L, 1L, 2L);
    }

    @Test
    void text_date_and_file_questions_only_count_who_answered_a_blank_text_is_not_an_answer() {
        assertThat(question("remarks", QuestionResult.AnsweredOnly.class).answered()).isEqualTo(1);
        assertThat(question("moved-in", QuestionResult.AnsweredOnly.class).answered()).isEqualTo(1);
        assertThat(question("photos", QuestionResult.AnsweredOnly.class).answered()).isEqualTo(1);
        assertThat(tallied().toString()).doesNotContain("13812345678");
    }

    @Test
    void an_answer_of_another_type_than_its_question_now_has_is_not_counted_and_an_old_option_is_counted_by_its_key() {
        Tally tally = new Tally(SurveyFixture.questionnaire());
        tally.add(SurveyFixture.answers("commute", new Answer.TextAnswer("bus")));
        tally.add(SurveyFixture.answers("commute", new Answer.Chosen("ferry")));
        var commute = (QuestionResult.Choice) tally.results(UUID.randomUUID(), "t").question("commute").orElseThrow();
        assertThat(commute.answered()).isEqualTo(1);
        assertThat(counts(commute.options())).isEqualTo("car=0/0.0, bus=0/0.0, bike=0/0.0, ferry=1/100.0");
    }

    @Test
    void a_survey_nobody_answered_has_zero_shares_and_no_mean() {
        var results = new Tally(SurveyFixture.questionnaire()).results(UUID.randomUUID(), "t");
        assertThat(results.responses()).isZero();
        var satisfaction = (QuestionResult.Numeric) results.question("satisfaction").orElseThrow();
        assertThat(satisfaction.mean()).isNull();
        assertThat(satisfaction.distribution()).allSatisfy(c -> assertThat(c.percent()).isEqualByComparingTo("0"));
    }
}
