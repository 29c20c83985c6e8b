package org.citizenhub.supervision.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citizenhub.supervision.reports.domain.ReportLine;
import org.citizenhub.supervision.reports.domain.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts of a report, in one statement over the read model that package {@code overdue} writes ({@code sv_case},
 * {@code sv_rating}): each row of the period becomes a fact (received, handled, rated) and grouping sets add them up
 * per department and service, per department, per site and for the hub at once. Rectification tasks of bad
 * ratings (case type {@code rating-rectification}) are cases of the read model too, but a report counts them as
 * bad ratings rectified, not as cases received and handled twice. Supervision notices (督办) come from package
 * {@code notices}' {@code sv_notice} (issued in the period) and {@code sv_notice_step} (replied: a REPLIED step).
 */
@Repository
class ReportQuery {

    /** The key of a line: level, site, department, service (null where the level adds up over it). */
    record LineKey(ReportLine.Level level, String site, String department, String service) {
    }

    private static final String FACTS = """
            with facts as (
                select coalesce(c.handling_site, c.site) as site, c.department, c.service,
                       1 as received, 0 as handled, 0 as on_time, 0 as working_days,
                       0 as rated, 0 as satisfaction, 0 as satisfied, 0 as bad, 0 as rectified,
                       0 as issued, 0 as replied
                  from sv_case c
                 where c.received_at >= :from and c.received_at < :until
                   and c.case_type <> 'rating-rectification' /*departments*/ /*service*/
                union all
                select coalesce(c.handling_site, c.site), c.department, c.service,
                       0, 1, case when c.on_time then 1 else 0 end, coalesce(c.working_days, 0),
                       0, 0, 0, 0, 0, 0, 0
                  from sv_case c
                 where c.handled_at >= :from and c.handled_at < :until
                   and c.case_type <> 'rating-rectification' /*departments*/ /*service*/
                union all
                select c.site, c.department, c.service,
                       0, 0, 0, 0,
                       1, c.satisfaction, case when c.satisfaction >= 4 then 1 else 0 end,
                       case when c.bad then 1 else 0 end,
                       case when c.bad and c.rectified_at is not null then 1 else 0 end,
                       0, 0
                  from sv_rating c
                 where c.rated_at >= :from and c.rated_at < :until /*departments*/ /*service*/
                union all
                -- 督办 (package notices' sv_notice, V30): the notice's case gives the line's site, as for the cases
                select coalesce(k.handling_site, k.site, c.site), c.department, c.service,
                       0, 0, 0, 0, 0, 0, 0, 0, 0,
                       1, case when exists (select 1 from sv_notice_step s
                                             where s.notice_id = c.id and s.kind = 'REPLIED') then 1 else 0 end
                  from sv_notice c
                  left join sv_case k on k.service = c.service and k.case_id = c.case_id
                 where c.issued_at >= :from and c.issued_at < :until /*departments*/ /*service*/
            )
            select grouping(site, department, service) as grouping, site, department, service,
                   coalesce(sum(received), 0) as received, coalesce(sum(handled), 0) as handled,
                   coalesce(sum(on_time), 0) as on_time, coalesce(sum(working_days), 0) as working_days,
                   coalesce(sum(rated), 0) as rated, coalesce(sum(satisfaction), 0) as satisfaction,
                   coalesce(sum(satisfied), 0) as satisfied, coalesce(sum(bad), 0) as bad,
                   coalesce(sum(rectified), 0) as rectified,
                   coalesce(sum(issued), 0) as issued, coalesce(sum(replied), 0) as replied
              from facts
             group by grouping sets ((site, department, service), (site, department), (site), ())
            """;

    private final JdbcClient jdbc;

    ReportQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tallies of every line of the period, restricted to the departments given (null: all) and to one service
     * (null: all). The hub line is always there, with zeros when nothing happened.
     */
    Map<LineKey, Tally> tallies(Instant from, Instant until, Set<String> departments, String service) {
        String sql = FACTS
                .replace("/*departments*/", departments == null ? "" : "and c.department in (:departments)")
                .replace("/*service*/", service == null ? "" : "and c.service = :service");
        var spec = jdbc.sql(sql).param("from", java.sql.Timestamp.from(from))
                .param("until", java.sql.Timestamp.from(until));
        if (departments != null) {
            spec = spec.param("departments", List.copyOf(departments));
        }
        if (service != null) {
            spec = spec.param("service", service);
        }
        Map<LineKey, Tally> lines = new HashMap<>();
        spec.query((ResultSet rs) -> {
            lines.put(key(rs), new Tally(rs.getLong("received"), rs.getLong("handled"), rs.getLong("on_time"),
                    rs.getLong("working_days"), rs.getLong("rated"), rs.getLong("satisfaction"),
                    rs.getLong("satisfied"), rs.getLong("bad"), rs.getLong("rectified"),
                    new Tally.NoticeTally(rs.getLong("issued"), rs.getLong("replied"))));
        });
        return lines;
    }

    private static LineKey key(ResultSet rs) throws SQLException {
        // grouping(site, department, service): bit 2 site, bit 1 department, bit 0 service set = added up over it
        var level = switch (rs.getInt("grouping")) {
            case 0 -> ReportLine.Level.SERVICE;
            case 1 -> ReportLine.Level.DEPARTMENT;
            case 3 -> ReportLine.Level.SITE;
            default -> ReportLine.Level.HUB;
        };
        return new LineKey(level, level == ReportLine.Level.HUB ? null : rs.getString("site"),
                level == ReportLine.Level.SERVICE || level == ReportLine.Level.DEPARTMENT
                        ? rs.getString("department") : null,
                level == ReportLine.Level.SERVICE ? rs.getString("service") : null);
    }
}
