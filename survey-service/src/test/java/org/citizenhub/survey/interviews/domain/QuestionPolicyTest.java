package org.citizenhub.survey.interviews.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionPolicyTest {

    private static final Instant START = Instant.parse("2026-11-16T02:30:00Z");
    private static final Interview.Session SESSION = Interview.Session.scheduled("D-TRANSPORT", "GOV", "公交",
            List.of("局长"), START, START.plus(Duration.ofHours(1)), Duration.ofHours(8));
    private final QuestionPolicy policy = new QuestionPolicy(10, 2);

    @Test
    void a_question_is_taken_before_and_during_the_session_stripped() {
        assertThat(policy.accept(SESSION, "  能延长吗？ ", 0, START.minusSeconds(3600))).isEqualTo("能延长吗？");
        assertThat(policy.accept(SESSION, "能延长吗？", 1, START.plusSeconds(60))).isEqualTo("能延长吗？");
    }

    @Test
    void a_question_after_the_end_too_long_empty_or_beyond_the_citizens_limit_is_refused() {
        assertThatThrownBy(() -> policy.accept(SESSION, "问", 0, SESSION.endsAt()))
                .extracting(e -> ((InterviewRefused) e).rule()).isEqualTo(InterviewRule.QUESTIONS_CLOSED);
        assertThatThrownBy(() -> policy.accept(SESSION, "长".repeat(11), 0, START))
                .extracting(e -> ((InterviewRefused) e).rule()).isEqualTo(InterviewRule.QUESTION_LENGTH);
        assertThatThrownBy(() -> policy.accept(SESSION, "   ", 0, START))
                .extracting(e -> ((InterviewRefused) e).rule()).isEqualTo(InterviewRule.QUESTION_LENGTH);
        assertThatThrownBy(() -> policy.accept(SESSION, "问", 2, START))
                .extracting(e -> ((InterviewRefused) e).rule()).isEqualTo(InterviewRule.QUESTION_LIMIT_REACHED);
    }

    @Test
    void a_session_ends_after_it_starts_and_no_later_than_the_longest_allowed() {
        assertThatThrownBy(() -> Interview.Session.scheduled("D", "GOV", "t", List.of(), START, START,
                Duration.ofHours(8))).extracting(e -> ((InterviewRefused) e).rule())
                .isEqualTo(InterviewRule.INVALID_SCHEDULE);
        assertThatThrownBy(() -> Interview.Session.scheduled("D", "GOV", "t", List.of(), START,
                START.plus(Duration.ofHours(9)), Duration.ofHours(8))).extracting(e -> ((InterviewRefused) e).rule())
                .isEqualTo(InterviewRule.INVALID_SCHEDULE);
    }
}
