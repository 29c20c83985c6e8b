package org.citizenhub.survey.surveys.results.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A survey's results: how many responded and the tally of each question, in the questionnaire's order. */
public record SurveyResults(UUID surveyId, String title, long responses, List<QuestionResult> questions) {

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    public Optional<QuestionResult> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** Only these questions, still in the questionnaire's order (what the owner chose to publish). */
    public SurveyResults only(Set<String> keys) {
        return new SurveyResults(surveyId, title, responses,
                questions.stream().filter(q -> keys.contains(q.key())).toList());
    }
}
