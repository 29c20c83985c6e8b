package org.citizenhub.survey.surveys.responses;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@link ResponseReader} on the survey tables: responses and the anonymous pool, never a respondent column. */
@Component
class JdbcResponseReader implements ResponseReader {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcResponseReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Stream<VersionedAnswers> answers(UUID surveyId) {
        return jdbc.sql("""
                select version, answers from survey_response where survey_id = :s
                union all
                select version, answers from survey_anonymous_pool where survey_id = :s
                """).param("s", surveyId)
                .query((rs, n) -> new VersionedAnswers(rs.getInt(1), json.readValue(rs.getString(2), Answers.class)))
                .list().stream();
    }

    @Override
    public Optional<Questionnaire> questionnaire(UUID surveyId, int version) {
        return jdbc.sql("""
                select questionnaire from survey_version
                 where survey_id = :s and version = :v and published_at is not null
                """).param("s", surveyId).param("v", version).query(String.class).optional()
                .map(q -> json.readValue(q, Questionnaire.class));
    }

    @Override
    public Optional<Questionnaire> currentQuestionnaire(UUID surveyId) {
        return jdbc.sql("""
                select questionnaire from survey_version where survey_id = :s and published_at is not null
                 order by version desc limit 1
                """).param("s", surveyId).query(String.class).optional()
                .map(q -> json.readValue(q, Questionnaire.class));
    }
}
