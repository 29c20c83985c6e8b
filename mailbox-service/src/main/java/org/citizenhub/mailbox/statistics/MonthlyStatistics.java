package org.citizenhub.mailbox.statistics;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly figures per mailbox, per handling department and per site, published on the site: letters received,
 * accepted and replied in the month, replies on time, average working days taken, and satisfaction among the
 * ratings given in the month ((satisfied + basically satisfied) / rated). "On time" and "working days taken" measure
 * the same clock: from acceptance to the approved reply, or for a letter handled again after an unsatisfied rating,
 * from the reopening to the new reply (the figures of the month in which that reply was approved).
 *
 * <p>Sites (集约化): the figures answer for a {@link SiteSelection} (a site, or with its children its subtree).
 * {@code byMailbox} counts the letters whose mailbox office belongs to the selection (the letter's site);
 * {@code byDepartment} the letters its departments handle; {@code bySite} puts each selected site's figures side by
 * side, counting each letter for the site in charge of it: its handling department's, or before assignment its
 * mailbox office's. A city letter a district answered therefore counts for the district's on-time rate. Letters of
 * departments the site directory does not know belong to no site and are in no site's figures.
 */
@Component
public class MonthlyStatistics {

    /**
     * @param onTimeRate replies on time / replies, in percent (one decimal), null without replies
     */
    public record Figures(String key, long received, long accepted, long replied, long repliedOnTime,
                          Double averageWorkingDays, long rated, long satisfied, long basicallySatisfied,
                          long unsatisfied, Double satisfactionRate, Double onTimeRate) {
    }

    /** One site's figures, beside its sibling sites' (a city sees each district's on-time rate). */
    public record SiteFigures(String site, String parent, String nameZh, String nameEn, long received, long accepted,
                              long replied, long repliedOnTime, Double onTimeRate, Double averageWorkingDays,
                              long rated, long satisfied, long basicallySatisfied, long unsatisfied,
                              Double satisfactionRate) {
    }

    /**
     * @param site            the site the figures answer for
     * @param includeChildren whether they include its child sites' letters
     */
    public record Month(String month, List<Figures> byMailbox, List<Figures> byDepartment, String site,
                        boolean includeChildren, List<SiteFigures> bySite) {
    }

    /** Raw counts of one (mailbox, office, handling department) group; summed up in Java by site. */
    private record Counts(long received, long accepted, long replied, long onTime, long daysTaken, long daysCounted,
                          long rated, long satisfied, long basically, long unsatisfied) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(received + o.received, accepted + o.accepted, replied + o.replied, onTime + o.onTime,
                    daysTaken + o.daysTaken, daysCounted + o.daysCounted, rated + o.rated, satisfied + o.satisfied,
                    basically + o.basically, unsatisfied + o.unsatisfied);
        }

        boolean any() {
            return received + accepted + replied + rated > 0;
        }

        Double averageDays() {
            return daysCounted == 0 ? null : Math.round(daysTaken * 10.0 / daysCounted) / 10.0;
        }

        Double satisfactionRate() {
            return rated == 0 ? null : Math.round((satisfied + basically) * 1000.0 / rated) / 10.0;
        }

        Double onTimeRate() {
            return replied == 0 ? null : Math.round(onTime * 1000.0 / replied) / 10.0;
        }

        Figures figures(String key) {
            return new Figures(key, received, accepted, replied, onTime, averageDays(), rated, satisfied, basically,
                    unsatisfied, satisfactionRate(), onTimeRate());
        }
    }

    private record Group(String mailbox, String office, String department, Counts counts) {
    }

    private final JdbcClient jdbc;

    MonthlyStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Month of(YearMonth month, ZoneId zone, SiteSelection selection, SiteDirectory directory) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        List<Group> groups = groups(from, to);
        var byMailbox = sum(groups.stream().filter(g -> selection.covers(g.office())).toList(), Group::mailbox);
        var byDepartment = sum(groups.stream().filter(g -> selection.covers(g.department())).toList(),
                Group::department);
        Map<String, Counts> perSite = new LinkedHashMap<>();
        for (Group group : groups) {
            String inCharge = group.department() != null ? group.department() : group.office();
            if (selection.covers(inCharge)) {
                directory.siteOf(inCharge).ifPresent(site -> perSite.merge(site, group.counts(), Counts::plus));
            }
        }
        List<SiteFigures> bySite = new ArrayList<>();
        for (String code : siteOrder(selection, directory)) {
            Site site = directory.site(code).orElseThrow();
            Counts c = perSite.getOrDefault(code, Counts.ZERO);
            bySite.add(new SiteFigures(code, site.parent(), site.nameZh(), site.nameEn(), c.received(), c.accepted(),
                    c.replied(), c.onTime(), c.onTimeRate(), c.averageDays(), c.rated(), c.satisfied(), c.basically(),
                    c.unsatisfied(), c.satisfactionRate()));
        }
        return new Month(month.toString(), byMailbox, byDepartment, selection.code(), selection.includeChildren(),
                bySite);
    }

    /** The selected site first, then the sites below it by code (every one, with figures or not). */
    private static List<String> siteOrder(SiteSelection selection, SiteDirectory directory) {
        return selection.sites().stream()
                .sorted(Comparator.comparing((String code) -> !code.equals(selection.code()))
                        .thenComparing(code -> directory.site(code).map(Site::parent).orElse(""))
                        .thenComparing(Function.identity()))
                .toList();
    }

    private static List<Figures> sum(List<Group> groups, Function<Group, String> key) {
        Map<String, Counts> sums = new TreeMap<>();
        for (Group group : groups) {
            String k = key.apply(group);
            if (k != null) {
                sums.merge(k, group.counts(), Counts::plus);
            }
        }
        return sums.entrySet().stream().filter(e -> e.getValue().any()).map(e -> e.getValue().figures(e.getKey()))
                .toList();
    }

    private List<Group> groups(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select l.mailbox_code, l.mailbox_owner, l.department,
                       count(*) filter (where l.submitted_at >= :from and l.submitted_at < :to) as received,
                       count(*) filter (where l.accepted_at >= :from and l.accepted_at < :to) as accepted,
                       count(*) filter (where l.answered_at >= :from and l.answered_at < :to) as replied,
                       count(*) filter (where l.answered_at >= :from and l.answered_at < :to
                                          and l.answered_on_time) as on_time,
                       coalesce(sum(l.working_days_taken) filter (where l.answered_at >= :from
                                                                    and l.answered_at < :to), 0) as days_taken,
                       count(l.working_days_taken) filter (where l.answered_at >= :from
                                                             and l.answered_at < :to) as days_counted,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to) as rated,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to
                                          and l.rating = 'SATISFIED') as satisfied,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to
                                          and l.rating = 'BASICALLY_SATISFIED') as basically,
                       count(*) filter (where l.rated_at >= :from and l.rated_at < :to
                                          and l.rating = 'UNSATISFIED') as unsatisfied
                  from letter l
                 where l.submitted_at >= :from or l.accepted_at >= :from or l.answered_at >= :from
                       or l.rated_at >= :from
                 group by 1, 2, 3
                """)
                .param("from", from).param("to", to)
                .query((rs, i) -> new Group(rs.getString(1), rs.getString(2), rs.getString(3), new Counts(
                        rs.getLong("received"), rs.getLong("accepted"), rs.getLong("replied"), rs.getLong("on_time"),
                        rs.getLong("days_taken"), rs.getLong("days_counted"), rs.getLong("rated"),
                        rs.getLong("satisfied"), rs.getLong("basically"), rs.getLong("unsatisfied"))))
                .list();
    }
}
