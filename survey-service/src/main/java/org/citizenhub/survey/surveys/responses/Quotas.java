package org.citizenhub.survey.surveys.responses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.DisplayCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quotas of surveys and their counters. Counting is a conditional {@code update … filled < limit} in the answer's
 * transaction, so concurrent answers never overfill a STOP quota; quotas are touched in key order (no deadlocks).
 */
@Repository
public class Quotas {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Quotas(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Quota> of(UUID surveyId) {
        return jdbc.sql("select * from survey_quota where survey_id = :s order by key").param("s", surveyId)
                .query((rs, n) -> new Quota(rs.getString("key"), rs.getString("title"),
                        json.readValue(rs.getString("condition"), DisplayCondition.class), rs.getInt("limit_count"),
                        Quota.Action.valueOf(rs.getString("action")), rs.getInt("filled"))).list();
    }

    /** Replaces the quotas (before the survey opens, so every counter starts at zero). */
    public void replace(UUID surveyId, List<Quota> quotas) {
        jdbc.sql("delete from survey_quota where survey_id = :s").param("s", surveyId).update();
        for (Quota q : quotas) {
            jdbc.sql("""
                    insert into survey_quota (survey_id, key, title, condition, limit_count, action, filled)
                    values (:s, :key, :title, cast(:condition as jsonb), :limit, :action, 0)
                    """).param("s", surveyId).param("key", q.key()).param("title", q.title())
                    .param("condition", json.writeValueAsString(q.condition())).param("limit", q.limit())
                    .param("action", q.action().name()).update();
        }
    }

    /** Counts an answer in every quota it matches, unless one of them is a full STOP quota. */
    public QuotaOutcome count(UUID surveyId, Answers answers) {
        return count(surveyId, answers, null);
    }

    /**
     * Counts a changed answer: quotas the new answers match and the old did not go up (STOP ones only below their
     * limit), those the old matched and the new do not go down.
     */
    public QuotaOutcome count(UUID surveyId, Answers answers, Answers previous) {
        List<Quota> quotas = new ArrayList<>(of(surveyId));
        quotas.sort(Comparator.comparing(Quota::key));
        List<String> warned = new ArrayList<>();
        for (Quota q : quotas) {
            boolean now = q.condition().holds(answers);
            boolean before = previous != null && q.condition().holds(previous);
            if (now && !before) {
                if (q.action() == Quota.Action.STOP) {
                    int counted = jdbc.sql("""
                            update survey_quota set filled = filled + 1
                             where survey_id = :s and key = :k and filled < limit_count
                            """).param("s", surveyId).param("k", q.key()).update();
                    if (counted == 0) {
                        return new QuotaOutcome.Stopped(q.key());
                    }
                } else {
                    int filled = jdbc.sql("""
                            update survey_quota set filled = filled + 1 where survey_id = :s and key = :k
                            returning filled
                            """).param("s", surveyId).param("k", q.key()).query(Integer.class).single();
                    if (filled > q.limit()) {
                        warned.add(q.key());
                    }
                }
            } else if (before && !now) {
                jdbc.sql("update survey_quota set filled = greatest(filled - 1, 0) where survey_id = :s and key = :k")
                        .param("s", surveyId).param("k", q.key()).update();
            }
        }
        return new QuotaOutcome.Counted(warned);
    }
}
