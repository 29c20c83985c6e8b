package org.citizenhub.mailbox.statistics;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly figures per mailbox and per handling department, published on the site: letters received, accepted and
 * replied in the month, replies on time, average working days taken, and satisfaction among the ratings given in
 * the month ((satisfied + basically satisfied) / rated). "On time" and "working days taken" measure the same clock:
 * from acceptance to the approved reply, or for a letter handled again after an unsatisfied rating, from the
 * reopening to the new reply (the figures of the month in which that reply was approved).
 */
@Component
public class MonthlyStatistics {

    public record Figures(String key, long received, long accepted, long replied, long repliedOnTime,
                          Double averageWorkingDays, long rated, long satisfied, long basicallySatisfied,
                          long unsatisfied, Double satisfactionRate) {
    }

    public record Month(String month, List<Figures> byMailbox, List<Figures> byDepartment) {
    }

    private final JdbcClient jdbc;

    MonthlyStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Month of(YearMonth month, ZoneId zone) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        return new Month(month.toString(), figures("l.mailbox_code", from, to), figures("l.department", from, to));
    }

    private List<Figures> figures(String groupBy, OffsetDateTime from, OffsetDateTime to) {
        // groupBy is one of two constants above, never user input
        return jdbc.sql("""
                select {group} as key,
                       count(*) filter (where l.submitted_at >= :from and l.submitted_at < :to) as received,
                       count(*) filter (where l.accepted_at >= :from and l.accepted_at < :to) as accepted,
                       count(*) filter (where l.answered_at >= :from and l.answered_at < :to) as replied,
                       count(*) filter (where l.answered_at >= :from and l.answered_at < :to
                                          and l.answered_on_time) as on_time,
                       avg(l.working_days_taken) filter (where l.answered_at >= :from and l.answered_at < :to) as days,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to) as rated,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to
                                          and l.rating = 'SATISFIED') as satisfied,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to
                                          and l.rating = 'BASICALLY_SATISFIED') as basically,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to
                                          and l.rating = 'UNSATISFIED') as unsatisfied
                  from letter l
                 where {group} is not null
                   and (l.submitted_at >= :from or l.accepted_at >= :from or l.answered_at >= :from
                        or l.rated_at >= :from)
                 group by 1 order by 1
                """.replace("{group}", groupBy))
                .param("from", from).param("to", to)
                .query((rs, i) -> {
                    long rated = rs.getLong("rated");
                    long satisfied = rs.getLong("satisfied");
                    long basically = rs.getLong("basically");
                    double days = rs.getDouble("days");
                    boolean noDays = rs.wasNull();
                    return new Figures(rs.getString("key"), rs.getLong("received"), rs.getLong("accepted"),
                            rs.getLong("replied"), rs.getLong("on_time"),
                            noDays ? null : Math.round(days * 10) / 10.0, rated, satisfied, basically,
                            rs.getLong("unsatisfied"),
                            rated == 0 ? null : Math.round((satisfied + basically) * 1000.0 / rated) / 10.0);
                })
                .list()
                .stream()
                .filter(f -> f.received() + f.accepted() + f.replied() + f.rated() > 0)
                .toList();
    }
}
