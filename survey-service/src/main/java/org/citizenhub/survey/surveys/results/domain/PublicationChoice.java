package org.citizenhub.survey.surveys.results.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.citizenhub.survey.surveys.questionnaire.Question;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;

/**
 * Which questions' results are published at closing, as the owner chose them. Without a choice every question is
 * published; free answers (text, date, file) are only ever published as their number.
 */
public record PublicationChoice(List<String> questions) {

    public PublicationChoice {
        questions = List.copyOf(new LinkedHashSet<>(questions));
    }

    /** Every question of the questionnaire: what is published when the owner never chose. */
    public static PublicationChoice everyQuestion(Questionnaire questionnaire) {
        return new PublicationChoice(questionnaire.questions().stream().map(Question::key).toList());
    }

    /**
     * The named policy {@code publication-choice-before-closing}: the owner chooses (and changes their mind) until
     * the survey closes, and only among the questionnaire's questions.
     *
     * @param closesAt when the survey closes (or closed); null while it is not scheduled
     * @throws ResultsRefused {@code PUBLICATION_CHOICE_CLOSED} or {@code UNKNOWN_QUESTION}
     */
    public static PublicationChoice choose(List<String> keys, Questionnaire questionnaire, Instant closesAt,
                                           Instant now) {
        if (closesAt != null && !now.isBefore(closesAt)) {
            throw new ResultsRefused(ResultsRefused.Rule.PUBLICATION_CHOICE_CLOSED, closesAt);
        }
        for (String key : keys) {
            if (questionnaire.question(key).isEmpty()) {
                throw new ResultsRefused(ResultsRefused.Rule.UNKNOWN_QUESTION, key);
            }
        }
        return new PublicationChoice(keys);
    }

    public Set<String> keys() {
        return Set.copyOf(questions);
    }
}
