package org.citizenhub.survey.surveys.responses;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;

/**
 * The read port for tallies and exports: a survey's accepted answers with the version of the questionnaire each
 * answered. Anonymous answers still in the pool are included (live results count pool and responses); nothing that
 * identifies a respondent is ever given out.
 */
public interface ResponseReader {

    /** One accepted response: the questionnaire version it answered, and its answers. */
    record VersionedAnswers(int version, Answers answers) {
    }

    /** Every accepted answer of the survey, in no particular order. Close the stream (try-with-resources). */
    Stream<VersionedAnswers> answers(UUID surveyId);

    /** The published questionnaire of that version, if any. */
    Optional<Questionnaire> questionnaire(UUID surveyId, int version);

    /** The newest published version's questionnaire, if any. */
    Optional<Questionnaire> currentQuestionnaire(UUID surveyId);
}
