package org.citizenhub.consultation.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monthly figures the regulations' annual reports ask for, per lead department and kind, and per kind over all
 * departments, computed from the cases table (see the README for each definition). A case not dispatched yet counts
 * for the dispatch centre. Each figure counts the events that happened in the month: a case received in September
 * and answered in October is received in September and answered in October.
 */
@Component
public class MonthlyStatistics {

    /**
     * @param department null in a kind's total over all departments
     * @param satisfactionRate (satisfied + basically satisfied) / rated, in per cent, one decimal; null if none rated
     */
    public record Figures(String department, String kind, long received, long accepted, long answered,
                          long answeredOnTime, Double averageWorkingDays, long published, long rated, long satisfied,
                          long basicallySatisfied, long unsatisfied, Double satisfactionRate) {
    }

    public record Month(String month, List<Figures> byDepartmentAndKind, List<Figures> byKind) {
    }

    private final JdbcClient jdbc;

    MonthlyStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Month of(YearMonth month, ZoneId zone) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        var rows = jdbc.sql("""
                with c as (
                    select coalesce(k.lead_department, k.dispatch_centre) as department, k.kind, k.submitted_at,
                           k.accepted_at, k.answered_at, k.published,
                           (k.reply -> 'approval' ->> 'onTime')::boolean as on_time,
                           (k.reply -> 'approval' ->> 'workingDaysTaken')::integer as working_days,
                           -- the citizen's own rating; without one, the satisfaction heard at the last follow-up
                           coalesce(k.rating, f.satisfaction) as satisfaction,
                           case when k.rating is not null then (k.evaluation ->> 'at')::timestamptz else f.at end
                               as rated_at
                      from consultation_case k
                      left join lateral (
                          select u ->> 'satisfaction' as satisfaction, (u ->> 'at')::timestamptz as at
                            from jsonb_array_elements(k.follow_ups) u
                           where (u ->> 'reached')::boolean
                           order by (u ->> 'at')::timestamptz desc limit 1) f on true
                     where k.submitted_at < :to
                       and (k.submitted_at >= :from or k.accepted_at >= :from or k.answered_at >= :from
                            or k.updated_at >= :from)
                )
                select department, kind, grouping(department) as total,
                       count(*) filter (where submitted_at >= :from and submitted_at < :to) as received,
                       count(*) filter (where accepted_at >= :from and accepted_at < :to) as accepted,
                       count(*) filter (where answered_at >= :from and answered_at < :to) as answered,
                       count(*) filter (where answered_at >= :from and answered_at < :to and on_time) as on_time,
                       avg(working_days) filter (where answered_at >= :from and answered_at < :to) as days,
                       count(*) filter (where answered_at >= :from and answered_at < :to and published) as published,
                       count(*) filter (where rated_at >= :from and rated_at < :to) as rated,
                       count(*) filter (where rated_at >= :from and rated_at < :to
                                          and satisfaction = 'SATISFIED') as satisfied,
                       count(*) filter (where rated_at >= :from and rated_at < :to
                                          and satisfaction = 'BASICALLY_SATISFIED') as basically,
                       count(*) filter (where rated_at >= :from and rated_at < :to
                                          and satisfaction = 'UNSATISFIED') as unsatisfied
                  from c
                 group by grouping sets ((department, kind), (kind))
                 order by total, department, kind
                """)
                .param("from", from).param("to", to)
                .query(MonthlyStatistics::figures)
                .list()
                .stream()
                .filter(f -> f.received() + f.accepted() + f.answered() + f.rated() > 0)
                .toList();
        return new Month(month.toString(), rows.stream().filter(f -> f.department() != null).toList(),
                rows.stream().filter(f -> f.department() == null).toList());
    }

    private static Figures figures(ResultSet rs, int row) throws SQLException {
        long rated = rs.getLong("rated");
        long satisfied = rs.getLong("satisfied");
        long basically = rs.getLong("basically");
        double days = rs.getDouble("days");
        boolean noDays = rs.wasNull();
        return new Figures(rs.getInt("total") == 1 ? null : rs.getString("department"), rs.getString("kind"),
                rs.getLong("received"), rs.getLong("accepted"), rs.getLong("answered"), rs.getLong("on_time"),
                noDays ? null : Math.round(days * 10) / 10.0, rs.getLong("published"), rated, satisfied, basically,
                rs.getLong("unsatisfied"),
                rated == 0 ? null : Math.round((satisfied + basically) * 1000.0 / rated) / 10.0);
    }
}
