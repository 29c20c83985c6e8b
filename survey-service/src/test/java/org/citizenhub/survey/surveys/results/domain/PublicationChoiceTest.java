package org.citizenhub.survey.surveys.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PublicationChoiceTest {

    private static final Instant CLOSES = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void the_owner_chooses_the_published_questions_until_the_survey_closes() {
        var choice = PublicationChoice.choose(List.of("satisfaction", "commute", "commute"),
                SurveyFixture.questionnaire(), CLOSES, CLOSES.minusSeconds(1));
        assertThat(choice.questions()).containsExactly("satisfaction", "commute");
    }

    @Test
    void at_and_after_closing_the_choice_is_refused_because_the_publication_is_frozen() {
        assertThatThrownBy(() -> PublicationChoice.choose(List.of("commute"), SurveyFixture.questionnaire(), CLOSES,
                CLOSES)).isInstanceOfSatisfying(ResultsRefused.class,
                r -> assertThat(r.rule()).isEqualTo(ResultsRefused.Rule.PUBLICATION_CHOICE_CLOSED));
    }

    @Test
    void only_questions_of_the_questionnaire_can_be_chosen() {
        assertThatThrownBy(() -> PublicationChoice.choose(List.of("commute", "salary"), SurveyFixture.questionnaire(),
                CLOSES, CLOSES.minusSeconds(60))).isInstanceOfSatisfying(ResultsRefused.class,
                r -> assertThat(r.rule()).isEqualTo(ResultsRefused.Rule.UNKNOWN_QUESTION));
    }

    @Test
    void without_a_choice_every_question_is_published_and_the_results_keep_only_the_chosen_ones() {
        assertThat(PublicationChoice.everyQuestion(SurveyFixture.questionnaire()).questions()).hasSize(9);
        Tally tally = new Tally(SurveyFixture.questionnaire());
        SurveyFixture.responses().forEach(tally::add);
        var published = tally.results(java.util.UUID.randomUUID(), "t")
                .only(java.util.Set.of("satisfaction", "commute"));
        assertThat(published.questions()).extracting(QuestionResult::key).containsExactly("commute", "satisfaction");
        assertThat(published.responses()).isEqualTo(5);
    }
}
