package org.citizenhub.survey.surveys.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few facts of a survey the results need (site, owning department, title, closing), read from the
 * questionnaire side's {@code survey} table. Read-only and kept here, so the results never reach into that side's
 * classes beyond its published ports ({@code ResponseReader}, {@code SurveyClosed}).
 */
@Component
class SurveyRecords {

    /** @param closesAt when it closed ({@code closed_at}) or is due to close ({@code closes_at}); null if unscheduled */
    record SurveyRecord(UUID id, String site, String ownerDepartment, String title, Instant closesAt) {

        boolean closedAt(Instant now) {
            return closesAt != null && !now.isBefore(closesAt);
        }
    }

    private final JdbcClient jdbc;

    SurveyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SurveyRecord> find(UUID id) {
        return jdbc.sql("""
                        select id, site, owner_department, title, coalesce(closed_at, closes_at) closes
                        from survey where id = ?""")
                .param(id).query((rs, n) -> new SurveyRecord(rs.getObject("id", UUID.class), rs.getString("site"),
                        rs.getString("owner_department"), rs.getString("title"), instant(rs.getTimestamp("closes"))))
                .optional();
    }

    /** Surveys closed by {@code now} whose results are not published yet, oldest first. */
    List<UUID> closedUnpublished(Instant now, int limit) {
        return jdbc.sql("""
                        select s.id from survey s
                        where coalesce(s.closed_at, s.closes_at) <= ?
                          and not exists (select 1 from survey_results_publication p where p.survey_id = s.id)
                        order by coalesce(s.closed_at, s.closes_at) limit ?""")
                .params(Timestamp.from(now), limit).query(UUID.class).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
