package org.citizenhub.consultation.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.consultation.CaseSites;
import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monthly figures the regulations' annual reports ask for, per lead department and kind, per kind over all
 * departments, and per site, computed from the cases table (see the README for each definition). A case not
 * dispatched yet counts for the dispatch centre. Each figure counts the events that happened in the month: a case
 * received in September and answered in October is received in September and answered in October.
 *
 * <p>Per site (集约化): a site's figures hold the cases submitted on it and those its departments handled (a city's
 * case dispatched to a district's department counts for both); with its children, theirs too, and {@code bySite}
 * puts each site's figures side by side, each case under the site of the department handling it (the lead, else
 * the dispatch centre), so that a city sees each district's on-time rate.
 */
@Component
public class MonthlyStatistics {

    /**
     * @param department       null in a kind's total and in a site's figures
     * @param kind             null in a site's figures (all kinds)
     * @param satisfactionRate (satisfied + basically satisfied) / rated, in per cent, one decimal; null if none rated
     * @param site             the department's site (per department), the site (per site); null in a kind's total
     *                         and for a department the site directory does not know
     * @param onTimeRate       answered on time / answered, in per cent, one decimal; null if none answered
     */
    public record Figures(String department, String kind, long received, long accepted, long answered,
                          long answeredOnTime, Double averageWorkingDays, long published, long rated, long satisfied,
                          long basicallySatisfied, long unsatisfied, Double satisfactionRate, String site,
                          Double onTimeRate) {

        static Figures none(String site) {
            return new Figures(null, null, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, null, site, null);
        }
    }

    /**
     * @param site            the site the figures are for
     * @param includeChildren whether they include the sites below it
     * @param bySite          each site of the selection (the site first, then the sites below it), with zeros for a
     *                        site without anything in the month
     */
    public record Month(String month, List<Figures> byDepartmentAndKind, List<Figures> byKind, String site,
                        boolean includeChildren, List<Figures> bySite) {
    }

    private final JdbcClient jdbc;
    private final CaseSites sites;

    MonthlyStatistics(JdbcClient jdbc, CaseSites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    public Month of(YearMonth month, ZoneId zone, SiteSelection selection) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        SiteDirectory directory = sites.directory();
        var placed = directory.placements().stream().filter(p -> p.site() != null).toList();
        var rows = jdbc.sql("""
                with placement (department, site) as (
                    select * from unnest(cast(:placedDepartments as varchar[]), cast(:placedSites as varchar[]))
                ), c as (
                    select coalesce(k.lead_department, k.dispatch_centre) as department, p.site as handling_site,
                           k.kind, k.submitted_at, k.accepted_at, k.answered_at, k.published,
                           (k.reply -> 'approval' ->> 'onTime')::boolean as on_time,
                           (k.reply -> 'approval' ->> 'workingDaysTaken')::integer as working_days,
                           -- the citizen's own rating; without one, the satisfaction heard at the last follow-up
                           coalesce(k.rating, f.satisfaction) as satisfaction,
                           case when k.rating is not null then (k.evaluation ->> 'at')::timestamptz else f.at end
                               as rated_at
                      from consultation_case k
                      left join placement p on p.department = coalesce(k.lead_department, k.dispatch_centre)
                      left join lateral (
                          select u ->> 'satisfaction' as satisfaction, (u ->> 'at')::timestamptz as at
                            from jsonb_array_elements(k.follow_ups) u
                           where (u ->> 'reached')::boolean
                           order by (u ->> 'at')::timestamptz desc limit 1) f on true
                     where k.submitted_at < :to
                       and (k.submitted_at >= :from or k.accepted_at >= :from or k.answered_at >= :from
                            or k.updated_at >= :from)
                       -- the selection's: submitted on one of its sites (none stored: the root's), or handled by
                       -- one of its departments
                       and (coalesce(k.site, cast(:root as varchar)) = any(cast(:sites as varchar[]))
                            or coalesce(k.lead_department, k.dispatch_centre)
                               = any(cast(:departments as varchar[])))
                )
                select department, kind, handling_site, grouping(department) as no_department,
                       grouping(kind) as no_kind,
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
                 group by grouping sets ((department, kind), (kind), (handling_site))
                 order by no_department, department, kind
                """)
                .param("from", from).param("to", to)
                .param("placedDepartments", placed.stream().map(SiteDirectory.Placement::department)
                        .toArray(String[]::new))
                .param("placedSites", placed.stream().map(SiteDirectory.Placement::site).toArray(String[]::new))
                .param("root", sites.root())
                .param("sites", selection.sites().toArray(String[]::new))
                .param("departments", selection.departments().toArray(String[]::new))
                .query((rs, i) -> row(rs, directory))
                .list();
        var byDepartment = rows.stream().filter(r -> r.level == Level.DEPARTMENT).map(Row::figures)
                .filter(MonthlyStatistics::anything).toList();
        var byKind = rows.stream().filter(r -> r.level == Level.KIND).map(Row::figures)
                .filter(MonthlyStatistics::anything).toList();
        Map<String, Figures> perSite = new HashMap<>();
        rows.stream().filter(r -> r.level == Level.SITE && r.figures.site() != null)
                .forEach(r -> perSite.put(r.figures.site(), r.figures));
        var bySite = directory.sites().stream().map(Site::code).filter(selection.sites()::contains)
                .sorted((a, b) -> a.equals(selection.code()) ? -1 : b.equals(selection.code()) ? 1 : a.compareTo(b))
                .map(code -> perSite.getOrDefault(code, Figures.none(code))).toList();
        return new Month(month.toString(), byDepartment, byKind, selection.code(), selection.includeChildren(),
                bySite);
    }

    private enum Level { DEPARTMENT, KIND, SITE }

    private record Row(Level level, Figures figures) {
    }

    private static boolean anything(Figures f) {
        return f.received() + f.accepted() + f.answered() + f.rated() > 0;
    }

    private static Row row(ResultSet rs, SiteDirectory directory) throws SQLException {
        Level level = rs.getInt("no_department") == 0 ? Level.DEPARTMENT
                : rs.getInt("no_kind") == 0 ? Level.KIND : Level.SITE;
        String department = level == Level.DEPARTMENT ? rs.getString("department") : null;
        String site = switch (level) {
            case DEPARTMENT -> directory.siteOf(department).orElse(null);
            case KIND -> null;
            case SITE -> rs.getString("handling_site");
        };
        long rated = rs.getLong("rated");
        long satisfied = rs.getLong("satisfied");
        long basically = rs.getLong("basically");
        long answered = rs.getLong("answered");
        long onTime = rs.getLong("on_time");
        double days = rs.getDouble("days");
        boolean noDays = rs.wasNull();
        return new Row(level, new Figures(department, level == Level.SITE ? null : rs.getString("kind"),
                rs.getLong("received"), rs.getLong("accepted"), answered, onTime,
                noDays ? null : Math.round(days * 10) / 10.0, rs.getLong("published"), rated, satisfied, basically,
                rs.getLong("unsatisfied"),
                rated == 0 ? null : Math.round((satisfied + basically) * 1000.0 / rated) / 10.0,
                site, answered == 0 ? null : Math.round(onTime * 1000.0 / answered) / 10.0));
    }
}
