package org.citizenhub.supervision.overdue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.spring.HubCalendar;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The overdue view's benchmark (not a test: CI never runs it). Creates a database of its own, applies supervision's
 * migrations, generates {@code --rows} open cases with SQL {@code generate_series} (200 departments on 20 sites, the
 * services' case types in realistic shares, due moments from a year ago to two months ahead), builds the migration's
 * indexes after the load, and measures p50 / p99 of the API's own query ({@link OverdueView#page}, the code behind
 * {@code GET /overdue}) for several filter shapes, printing one EXPLAIN (ANALYZE, BUFFERS) per shape. Drops the
 * database at the end unless {@code --keep}.
 *
 * <pre>
 * ./mvnw -B -q -o -pl supervision -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp supervision/target/test-classes:supervision/target/classes:$(cat supervision/target/bench.classpath) \
 *     org.citizenhub.supervision.overdue.OverdueBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:15432/ --user hub --password hub --rows 10000000 --runs 300
 * </pre>
 */
public final class OverdueBenchmark {

    private static final int DEPARTMENTS = 200;
    private static final int SITES = 20;

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        String base = a.getOrDefault("url", "jdbc:postgresql://127.0.0.1:15432/");
        String user = a.getOrDefault("user", "hub");
        String password = a.getOrDefault("password", "hub");
        String database = a.getOrDefault("database", "supervision_bench");
        long rows = Long.parseLong(a.getOrDefault("rows", "10000000"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "300"));
        boolean reuse = a.containsKey("reuse");
        boolean keep = a.containsKey("keep");

        if (!reuse) {
            admin(base + "postgres", user, password, "drop database if exists " + database);
            admin(base + "postgres", user, password, "create database " + database);
        }
        String url = base + database;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (!reuse) {
                load(url, user, password, c, rows);
            }
            var jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(c, true));
            var clock = Clock.systemUTC();
            var properties = new OverdueProperties(false, 3, Duration.ofDays(30), 20, 100, 10_000,
                    "bench", 1, Duration.ofSeconds(1), 1);
            var view = new OverdueView(jdbc, new HubCalendar(BundledNotices.calendar(), CountingPolicy.DEFAULT, clock),
                    properties, clock);
            long open = jdbc.getJdbcTemplate().queryForObject(
                    "select count(*) from sv_case where handled_at is null and due_at is not null", Long.class);
            System.out.printf("%n%,d open items in sv_case%n%n", open);
            measure(view, runs);
        } finally {
            if (!keep) {
                admin(base + "postgres", user, password, "drop database if exists " + database);
                System.out.println("dropped " + database);
            }
        }
    }

    private static void load(String url, String user, String password, Connection c, long rows) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        List<String> indexes = new ArrayList<>();
        try (var st = c.createStatement()) {
            // the migrations' indexes are built after the load (as one would for a bulk load), from their definitions
            try (var rs = st.executeQuery("select indexname, indexdef from pg_indexes where tablename = 'sv_case'"
                    + " and indexname <> 'sv_case_pkey'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                    st.getConnection().createStatement().execute("drop index " + rs.getString(1));
                }
            }
            long t0 = System.nanoTime();
            st.execute("set synchronous_commit = off");
            st.execute("set maintenance_work_mem = '256MB'");
            // g decides everything: the service and kind by g % 100 (40 % letters, 32 % consultations of four kinds,
            // 20 % applications, 5 % rectifications, 3 % drafts), the department by a hash of g (independent of the
            // kind), the due moment by another hash, uniformly from 365 days ago to 60 days ahead; rows are inserted
            // in g order, not in due order.
            st.execute("""
                    insert into sv_case (service, case_type, case_id, tracking_number, department, site, handling_site,
                                         received_at, due_at, deadline, due_soon_at, last_occurred_at,
                                         deadline_occurred_at, department_occurred_at)
                    select k.service, k.case_type, 'B' || g, 'BN' || lpad(g::text, 12, '0'),
                           'D-' || lpad(d::text, 3, '0'), 'S-' || lpad((d / %d)::text, 2, '0'),
                           'S-' || lpad((d / %d)::text, 2, '0'),
                           due - interval '15 days', due, 'reply', due - interval '3 days',
                           due - interval '15 days', due - interval '15 days', due - interval '15 days'
                      from generate_series(1::bigint, %d) g,
                           lateral (select (abs(hashint8(g)::bigint) %% %d)::int as d,
                                           now() - interval '365 days'
                                           + ((abs(hashint8(-g)::bigint) %% 36720000) * interval '1 second') as due) x,
                           lateral (select case
                                       when g %% 100 < 40 then 'mailbox' when g %% 100 < 72 then 'consultation'
                                       when g %% 100 < 97 then 'service-hall' else 'survey' end as service,
                                   case
                                       when g %% 100 < 40 then 'letter' when g %% 100 < 55 then 'consultation'
                                       when g %% 100 < 65 then 'complaint' when g %% 100 < 70 then 'suggestion'
                                       when g %% 100 < 72 then 'error-report' when g %% 100 < 92 then 'application'
                                       when g %% 100 < 97 then 'rating-rectification' else 'draft-feedback' end as case_type) k
                    """.formatted(DEPARTMENTS / SITES, DEPARTMENTS / SITES, rows, DEPARTMENTS));
            System.out.printf("loaded %,d rows in %.0f s%n", rows, (System.nanoTime() - t0) / 1e9);
            for (String index : indexes) {
                long t = System.nanoTime();
                st.execute(index);
                System.out.printf("%s in %.0f s%n", index, (System.nanoTime() - t) / 1e9);
            }
            long t = System.nanoTime();
            st.execute("vacuum analyze sv_case");
            System.out.printf("vacuum analyze in %.0f s%n", (System.nanoTime() - t) / 1e9);
            try (var rs = st.executeQuery("select relname, pg_size_pretty(pg_relation_size(oid)) from pg_class"
                    + " where relname like 'sv_case%' order by relname")) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
    }

    private record Shape(String name, IntFunction<OverdueQuery> query, boolean counts) {
    }

    private static void measure(OverdueView view, int runs) {
        var random = new Random(13);
        IntFunction<String> department = i -> "D-" + String.format("%03d", random.nextInt(DEPARTMENTS));
        IntFunction<Set<String>> district = i -> {
            int site = random.nextInt(SITES);
            return IntStream.range(site * (DEPARTMENTS / SITES), (site + 1) * (DEPARTMENTS / SITES))
                    .mapToObj(d -> "D-" + String.format("%03d", d)).collect(Collectors.toSet());
        };
        Instant now = Instant.now();
        IntFunction<OverdueQuery.Position> middle = i -> new OverdueQuery.Position(
                now.minus(Duration.ofDays(1 + random.nextInt(300))), "mailbox", "B" + random.nextInt(1_000_000));
        var most = OverdueQuery.Sort.MOST_OVERDUE;
        var latest = OverdueQuery.Sort.LATEST_DUE;
        var shapes = List.of(
                new Shape("hub-wide, red + yellow, most overdue first", i -> q(null, null, null, null, null, null, most, null), false),
                new Shape("hub-wide, red, latest due first", i -> q(null, null, null, OverdueQuery.Card.RED, null, null, latest, null), false),
                new Shape("hub-wide, yellow only", i -> q(null, null, null, OverdueQuery.Card.YELLOW, null, null, most, null), false),
                new Shape("one department", i -> q(Set.of(department.apply(i)), null, null, null, null, null, most, null), false),
                new Shape("one department, >= 20 working days overdue", i -> q(Set.of(department.apply(i)), null, null, null, 20, null, most, null), false),
                new Shape("district supervisor (10 departments)", i -> q(district.apply(i), null, null, null, null, null, most, null), false),
                new Shape("district supervisor, red, latest due", i -> q(district.apply(i), null, null, OverdueQuery.Card.RED, null, null, latest, null), false),
                new Shape("kind = complaint (service consultation)", i -> q(null, null, "complaint", null, null, null, most, null), false),
                new Shape("service-hall, one department", i -> q(Set.of(department.apply(i)), "service-hall", null, null, null, null, most, null), false),
                new Shape("site filter", i -> q(null, null, null, null, null, "S-" + String.format("%02d", random.nextInt(SITES)), most, null), false),
                new Shape("deep page (cursor in the middle), hub-wide", i -> q(null, null, null, null, null, null, most, middle.apply(i)), false),
                new Shape("deep page (cursor), one department", i -> q(Set.of(department.apply(i)), null, null, null, null, null, most, middle.apply(i)), false),
                new Shape("one department + capped counts per card", i -> q(Set.of(department.apply(i)), null, null, null, null, null, most, null), true),
                new Shape("district + capped counts per card", i -> q(district.apply(i), null, null, null, null, null, most, null), true),
                new Shape("hub-wide + capped counts per card", i -> q(null, null, null, null, null, null, most, null), true));
        System.out.println("| shape | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        var plans = new LinkedHashMap<String, List<String>>();
        for (var shape : shapes) {
            for (int i = 0; i < 20; i++) {
                view.page(shape.query().apply(i), shape.counts());
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                var query = shape.query().apply(i);
                long t = System.nanoTime();
                var page = view.page(query, shape.counts());
                nanos[i] = System.nanoTime() - t;
                if (page.items().isEmpty() && query.after() == null && query.minDaysOverdue() == null) {
                    throw new IllegalStateException("empty page for " + shape.name());
                }
            }
            Arrays.sort(nanos);
            System.out.printf("| %s | %.2f | %.2f | %.2f |%n", shape.name(), nanos[runs / 2] / 1e6,
                    nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[runs - 1] / 1e6);
            plans.put(shape.name(), view.explain(shape.query().apply(0)));
        }
        System.out.println();
        plans.forEach((name, plan) -> {
            System.out.println("-- " + name);
            plan.forEach(line -> System.out.println("   " + line));
        });
    }

    private static OverdueQuery q(Set<String> departments, String service, String kind, OverdueQuery.Card card,
                                  Integer minDays, String site, OverdueQuery.Sort sort, OverdueQuery.Position after) {
        return new OverdueQuery(departments, service, kind, card, minDays, site, sort, 20, after);
    }

    private static void admin(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String key = args[i].substring(2);
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                m.put(key, flag ? "true" : args[++i]);
            }
        }
        return m;
    }
}
