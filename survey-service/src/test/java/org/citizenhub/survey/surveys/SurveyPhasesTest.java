package org.citizenhub.survey.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.citizenhub.survey.surveys.responses.AnswerMode;
import org.junit.jupiter.api.Test;

class SurveyPhasesTest {

    private static final Instant OPENS = Instant.parse("2026-11-16T02:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-11-20T02:00:00Z");

    private final Survey draft = new Survey(UUID.randomUUID(), "GOV", "D-TRANSPORT", "出行调查", null,
            AnswerMode.REAL_NAME, null, new Survey.Drafting());

    private static SurveyRule refusal(Runnable step) {
        try {
            step.run();
        } catch (SurveyRefused r) {
            return r.rule();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_survey_without_a_published_version_cannot_be_scheduled() {
        assertThat(refusal(() -> draft.schedule(OPENS, CLOSES, false, OPENS.minusSeconds(60))))
                .isEqualTo(SurveyRule.NOT_PUBLISHED);
    }

    @Test
    void a_scheduled_survey_is_open_between_its_times_only() {
        Survey s = draft.schedule(OPENS, CLOSES, true, OPENS.minusSeconds(60));
        assertThat(s.status(OPENS.minusSeconds(1))).isEqualTo(Survey.Status.SCHEDULED);
        assertThat(s.status(OPENS)).isEqualTo(Survey.Status.OPEN);
        assertThat(s.status(CLOSES)).isEqualTo(Survey.Status.CLOSED);
        assertThat(refusal(() -> s.requireOpen(CLOSES))).isEqualTo(SurveyRule.ANSWERS_ONLY_WHILE_OPEN);
        assertThat(refusal(() -> s.requireOpen(OPENS.minusSeconds(1)))).isEqualTo(SurveyRule.ANSWERS_ONLY_WHILE_OPEN);
    }

    @Test
    void closing_early_keeps_when_it_actually_closed_and_nothing_changes_afterwards() {
        Instant early = OPENS.plusSeconds(3600);
        Survey closed = draft.schedule(OPENS, CLOSES, true, OPENS).close(early);
        assertThat(closed.phase()).isEqualTo(new Survey.Closed(OPENS, CLOSES, early));
        assertThat(closed.status(early)).isEqualTo(Survey.Status.CLOSED);
        assertThat(refusal(() -> closed.close(early))).isEqualTo(SurveyRule.SURVEY_CLOSED);
        assertThat(refusal(() -> closed.schedule(OPENS, CLOSES.plusSeconds(60), true, early)))
                .isEqualTo(SurveyRule.SURVEY_CLOSED);
    }

    @Test
    void a_survey_whose_time_has_passed_is_closed_at_its_closing_time_not_when_the_scheduler_comes() {
        Survey s = draft.schedule(OPENS, CLOSES, true, OPENS);
        Survey closed = s.close(CLOSES.plusSeconds(300));
        assertThat(closed.phase()).isEqualTo(new Survey.Closed(OPENS, CLOSES, CLOSES));
    }

    @Test
    void a_window_closes_after_it_opens_and_in_the_future() {
        assertThat(refusal(() -> draft.schedule(CLOSES, OPENS, true, OPENS))).isEqualTo(SurveyRule.INVALID_SURVEY);
        assertThat(refusal(() -> draft.schedule(OPENS, CLOSES, true, CLOSES.plusSeconds(1))))
                .isEqualTo(SurveyRule.INVALID_SURVEY);
    }

    @Test
    void quotas_are_fixed_once_the_survey_opens() {
        Survey s = draft.schedule(OPENS, CLOSES, true, OPENS.minusSeconds(60));
        s.requireNotOpened(OPENS.minusSeconds(1));
        assertThat(refusal(() -> s.requireNotOpened(OPENS))).isEqualTo(SurveyRule.QUOTAS_FIXED_ONCE_OPEN);
    }

    @Test
    void each_answer_mode_has_its_own_path() {
        assertThatThrownBy(() -> draft.requireMode(AnswerMode.INVITATION)).isInstanceOf(SurveyRefused.class)
                .extracting(e -> ((SurveyRefused) e).rule()).isEqualTo(SurveyRule.WRONG_ANSWER_MODE);
    }
}
