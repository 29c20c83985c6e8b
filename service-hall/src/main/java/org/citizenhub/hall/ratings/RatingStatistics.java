package org.citizenhub.hall.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.sites.Site;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public monthly figures of 好差评 for a site (集约化), per department, per item and per site side by side. Counts
 * only: no rater, no text (written evaluations are not published at all; see docs/ratings.md). A rating whose
 * appeal was upheld is left out. A month's ratings are those given in it; their rectifications are counted with
 * them, whenever they were done.
 */
@Component
class RatingStatistics {

    /**
     * @param department         per department (null otherwise)
     * @param itemCode           per item (null otherwise)
     * @param site               the department's site (per department and item), the site (per site)
     * @param levels             counts per level, index 0 = 非常满意 (5) … 4 = 非常不满意 (1)
     * @param satisfactionRate   好评率: (非常满意 + 满意 + 基本满意) / rated, per cent, one decimal; null if none
     * @param bad                差评: 不满意 + 非常不满意 (each opened a rectification)
     * @param rectified          bad ratings whose rectification was done
     * @param rectifiedOnTime    of those, within the limit
     * @param rectificationOnTimeRate rectified on time / bad, per cent, one decimal; null if no bad rating
     */
    record Figures(String department, String itemCode, String itemName, String site, long rated,
                   List<Long> levels, Double satisfactionRate, long bad, long rectified, long rectifiedOnTime,
                   Double rectificationOnTimeRate) {
    }

    record Month(String month, String site, boolean includeChildren, List<Figures> byDepartment,
                 List<Figures> byItem, List<Figures> bySite) {
    }

    private final JdbcClient jdbc;
    private final HubSites sites;

    RatingStatistics(JdbcClient jdbc, HubSites sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    Month of(YearMonth month, ZoneId zone, SiteSelection selection) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        SiteDirectory directory = sites.directory();
        var rows = jdbc.sql("""
                select department, item_code, min(item_name) as item_name, site,
                       grouping(department) as g_department, grouping(item_code) as g_item, grouping(site) as g_site,
                       count(*) as rated,
                       count(*) filter (where satisfaction = 5) as l5,
                       count(*) filter (where satisfaction = 4) as l4,
                       count(*) filter (where satisfaction = 3) as l3,
                       count(*) filter (where satisfaction = 2) as l2,
                       count(*) filter (where satisfaction = 1) as l1,
                       count(*) filter (where rectification -> 'rectified' is not null
                                          and jsonb_typeof(rectification -> 'rectified') = 'object') as rectified,
                       count(*) filter (where (rectification -> 'rectified' ->> 'onTime')::boolean) as on_time
                  from hall_rating
                 where rated_at >= :from and rated_at < :to and not excluded
                   and department = any(cast(:departments as varchar[]))
                 group by grouping sets ((department, site), (item_code), (site))
                 order by department, item_code, site
                """)
                .param("from", from).param("to", to)
                .param("departments", selection.departments().toArray(String[]::new))
                .query(RatingStatistics::row).list();
        var byDepartment = rows.stream().filter(f -> f.department() != null).toList();
        var byItem = rows.stream().filter(f -> f.itemCode() != null).toList();
        Map<String, Figures> perSite = new HashMap<>();
        rows.stream().filter(f -> f.department() == null && f.itemCode() == null && f.site() != null)
                .forEach(f -> perSite.put(f.site(), f));
        var bySite = directory.sites().stream().map(Site::code).filter(selection.sites()::contains)
                .sorted((a, b) -> a.equals(selection.code()) ? -1 : b.equals(selection.code()) ? 1 : a.compareTo(b))
                .map(code -> perSite.getOrDefault(code, new Figures(null, null, null, code, 0,
                        List.of(0L, 0L, 0L, 0L, 0L), null, 0, 0, 0, null)))
                .toList();
        return new Month(month.toString(), selection.code(), selection.includeChildren(), byDepartment, byItem,
                bySite);
    }

    private static Figures row(ResultSet rs, int i) throws SQLException {
        boolean perDepartment = rs.getInt("g_department") == 0;
        boolean perItem = rs.getInt("g_item") == 0;
        long rated = rs.getLong("rated");
        var levels = List.of(rs.getLong("l5"), rs.getLong("l4"), rs.getLong("l3"), rs.getLong("l2"),
                rs.getLong("l1"));
        long good = levels.get(0) + levels.get(1) + levels.get(2);
        long bad = levels.get(3) + levels.get(4);
        long onTime = rs.getLong("on_time");
        return new Figures(perDepartment ? rs.getString("department") : null,
                perItem ? rs.getString("item_code") : null, perItem ? rs.getString("item_name") : null,
                perItem ? null : rs.getString("site"), rated, levels,
                rated == 0 ? null : Math.round(good * 1000.0 / rated) / 10.0, bad, rs.getLong("rectified"), onTime,
                bad == 0 ? null : Math.round(onTime * 1000.0 / bad) / 10.0);
    }
}
