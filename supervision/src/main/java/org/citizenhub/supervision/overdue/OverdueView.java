package org.citizenhub.supervision.overdue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citizenhub.calendar.WorkingCalendar;
import org.citizenhub.calendar.YearNotLoadedException;
import org.citizenhub.calendar.spring.HubCalendar;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overdue view over {@code sv_case}: open cases with a red or yellow card, filtered, sorted and keyset-paged.
 *
 * <p>Every query reads one of the partial indexes on the open items (V12) as a range on {@code due_at} after the
 * columns its filters fix, in the order of the page, and stops after one page: its cost depends on the page size, not
 * on the millions of open items. Cards are ranges on {@code due_at} (red: before now; yellow: from now to now plus
 * the longest yellow window, with {@code due_soon_at} passed); days overdue become an upper bound on {@code due_at}.
 * A caller who may see several departments (a district's supervisor) gets one ordered branch per department, merged
 * by PostgreSQL's Merge Append, instead of a scan of everything filtered afterwards. There is no exact total: counting
 * millions of rows costs seconds and is stale at once; the counts per card are capped (exact up to
 * {@code count-cap}, "more than" beyond), which costs at most that many index entries.
 */
@Component
class OverdueView {

    /** Above this many visible departments one branch per department costs more than it saves. */
    static final int MAX_BRANCHES = 300;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String OPEN = "handled_at is null and due_at is not null";
    /** The case types of each service: a kind filter also fixes the service, so it uses the (service, case_type) index. */
    static final Map<String, String> SERVICE_OF_KIND = Map.of(
            "letter", "mailbox", "consultation", "consultation", "complaint", "consultation",
            "suggestion", "consultation", "error-report", "consultation", "application", "service-hall",
            "rating-rectification", "service-hall", "draft-feedback", "survey");

    record Item(String service, String kind, String caseId, String trackingNumber, String department, String site,
                String handlingSite, Instant receivedAt, String deadline, Instant dueAt, Instant dueSoonAt,
                String card, int daysOverdue) {
    }

    record CardCount(long count, boolean more) {
    }

    record Page(List<Item> items, OverdueQuery.Position last, boolean hasMore, Map<String, CardCount> counts) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final HubCalendar calendar;
    private final OverdueProperties properties;
    private final Clock clock;

    OverdueView(NamedParameterJdbcTemplate jdbc, HubCalendar calendar, OverdueProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    Page page(OverdueQuery q, boolean withCounts) {
        Instant now = clock.instant();
        if (q.nothingVisible()) {
            return new Page(List.of(), null, false, withCounts ? Map.of("red", new CardCount(0, false),
                    "yellow", new CardCount(0, false)) : null);
        }
        var params = new MapSqlParameterSource();
        String sql = pageSql(q, now, params);
        List<Item> rows = jdbc.query(sql, params, (rs, n) -> item(rs, now));
        boolean more = rows.size() > q.size();
        List<Item> items = more ? rows.subList(0, q.size()) : rows;
        var lastItem = items.isEmpty() ? null : items.getLast();
        var last = lastItem == null ? null : new OverdueQuery.Position(lastItem.dueAt(), lastItem.service(),
                lastItem.caseId());
        Map<String, CardCount> counts = null;
        if (withCounts) {
            counts = new LinkedHashMap<>();
            if (q.card() != OverdueQuery.Card.YELLOW) {
                counts.put("red", count(q, OverdueQuery.Card.RED, now));
            }
            if (q.card() != OverdueQuery.Card.RED && q.minDaysOverdue() == null) {
                counts.put("yellow", count(q, OverdueQuery.Card.YELLOW, now));
            }
        }
        return new Page(List.copyOf(items), last, more, counts);
    }

    /** The SQL of one page (public to the benchmark through {@link #explain}). */
    String pageSql(OverdueQuery q, Instant now, MapSqlParameterSource params) {
        boolean desc = q.sort() == OverdueQuery.Sort.LATEST_DUE;
        String order = desc ? " order by due_at desc, service desc, case_id desc" : " order by due_at, service, case_id";
        String columns = "service, case_type, case_id, tracking_number, department, site, handling_site, received_at,"
                + " deadline, due_at, due_soon_at";
        params.addValue("limit", q.size() + 1);
        String where = conditions(q, q.card(), now, params);
        if (q.after() != null) {
            params.addValue("afterDue", ReadModel.ts(q.after().dueAt()));
            params.addValue("afterService", q.after().service());
            params.addValue("afterCase", q.after().caseId());
            // due_at alone bounds the index range; the tie-breakers filter the few rows due at the same moment
            where += desc
                    ? " and due_at <= :afterDue and (due_at < :afterDue or (service, case_id) < (:afterService, :afterCase))"
                    : " and due_at >= :afterDue and (due_at > :afterDue or (service, case_id) > (:afterService, :afterCase))";
        }
        var departments = q.departments();
        if (departments == null || departments.size() > MAX_BRANCHES) {
            String dep = "";
            if (departments != null) {
                params.addValue("departments", departments.toArray(String[]::new));
                dep = " and department = any(:departments)";
            }
            return "select " + columns + " from sv_case where " + where + dep + order + " limit :limit";
        }
        var branches = new ArrayList<String>();
        int i = 0;
        for (String d : departments.stream().sorted().toList()) {
            params.addValue("d" + i, d);
            branches.add("(select " + columns + " from sv_case where department = :d" + i + " and " + where + order
                    + " limit :limit)");
            i++;
        }
        return "select * from (" + String.join(" union all ", branches) + ") page" + order + " limit :limit";
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of a page's query: for the documentation and the benchmark. */
    List<String> explain(OverdueQuery q) {
        var params = new MapSqlParameterSource();
        String sql = pageSql(q, clock.instant(), params);
        return jdbc.queryForList("explain (analyze, buffers) " + sql, params, String.class);
    }

    private String conditions(OverdueQuery q, OverdueQuery.Card card, Instant now, MapSqlParameterSource params) {
        var where = new StringBuilder(OPEN);
        String service = q.service();
        if (service == null && q.kind() != null) {
            service = SERVICE_OF_KIND.get(q.kind());
        }
        if (service != null) {
            where.append(" and service = :service");
            params.addValue("service", service);
        }
        if (q.kind() != null) {
            where.append(" and case_type = :kind");
            params.addValue("kind", q.kind());
        }
        if (q.site() != null) {
            where.append(" and site = :site");
            params.addValue("site", q.site());
        }
        params.addValue("now", ReadModel.ts(now));
        params.addValue("yellowEnd", ReadModel.ts(now.plus(properties.maxYellowWindow())));
        if (q.minDaysOverdue() != null && q.minDaysOverdue() > 0) {
            params.addValue("overdueBy", ReadModel.ts(dueBefore(q.minDaysOverdue(), now)));
            where.append(" and due_at < :overdueBy");
        }
        if (card == OverdueQuery.Card.RED || q.minDaysOverdue() != null) {
            where.append(" and due_at < :now");
        } else if (card == OverdueQuery.Card.YELLOW) {
            where.append(" and due_at >= :now and due_at < :yellowEnd and due_soon_at <= :now");
        } else {
            where.append(" and due_at < :yellowEnd and (due_at < :now or due_soon_at <= :now)");
        }
        return where.toString();
    }

    private CardCount count(OverdueQuery q, OverdueQuery.Card card, Instant now) {
        var params = new MapSqlParameterSource();
        var only = new OverdueQuery(q.departments(), q.service(), q.kind(), card, q.minDaysOverdue(), q.site(),
                q.sort(), q.size(), null);
        String where = conditions(only, card, now, params);
        int cap = properties.countCap();
        params.addValue("cap", cap + 1);
        String sql;
        if (q.departments() == null || q.departments().size() > MAX_BRANCHES) {
            String dep = "";
            if (q.departments() != null) {
                params.addValue("departments", q.departments().toArray(String[]::new));
                dep = " and department = any(:departments)";
            }
            sql = "select count(*) from (select 1 from sv_case where " + where + dep + " limit :cap) c";
        } else {
            var branches = new ArrayList<String>();
            int i = 0;
            for (String d : q.departments()) {
                params.addValue("d" + i, d);
                branches.add("(select 1 from sv_case where department = :d" + i + " and " + where + " limit :cap)");
                i++;
            }
            sql = "select count(*) from (select 1 from (" + String.join(" union all ", branches) + ") b limit :cap) c";
        }
        Long n = jdbc.queryForObject(sql, params, Long.class);
        long count = n == null ? 0 : n;
        return count > cap ? new CardCount(cap, true) : new CardCount(count, false);
    }

    /**
     * The moment before which a deadline is at least {@code days} working days overdue: the end of the latest day
     * from which {@code days} working days have passed until today.
     */
    Instant dueBefore(int days, Instant now) {
        LocalDate today = now.atZone(ZONE).toLocalDate();
        WorkingCalendar cal = calendar.calendar();
        LocalDate d = today;
        try {
            while (cal.workingDaysBetween(d, today) < days) {
                d = d.minusDays(1);
            }
        } catch (YearNotLoadedException | IllegalArgumentException outsideTheCalendar) {
            d = today.minusDays((long) Math.ceil(days * 7 / 5.0));
        }
        return d.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Working days since the due day (that day not counted); 0 while not yet due or due today. */
    int daysOverdue(Instant dueAt, Instant now) {
        if (!dueAt.isBefore(now)) {
            return 0;
        }
        LocalDate due = dueAt.atZone(ZONE).toLocalDate();
        LocalDate today = now.atZone(ZONE).toLocalDate();
        try {
            return Math.max(0, calendar.calendar().workingDaysBetween(due, today));
        } catch (YearNotLoadedException | IllegalArgumentException outsideTheCalendar) {
            return (int) Math.max(0, (today.toEpochDay() - due.toEpochDay()) * 5 / 7);
        }
    }

    private Item item(ResultSet rs, Instant now) throws SQLException {
        Instant dueAt = ReadModel.instant(rs, "due_at");
        String card = dueAt.isBefore(now) ? "red" : "yellow";
        return new Item(rs.getString("service"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("tracking_number"), rs.getString("department"), rs.getString("site"),
                rs.getString("handling_site"), ReadModel.instant(rs, "received_at"), rs.getString("deadline"),
                dueAt, ReadModel.instant(rs, "due_soon_at"), card, daysOverdue(dueAt, now));
    }
}
