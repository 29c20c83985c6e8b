package org.citizenhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repeatable migration on the real PostgreSQL: it creates the table on an empty database, adopts the tables
 * identity (V2) and mailbox-service (V4) created with rows in them, and the table stays append-only. Each case has
 * its own schema of database {@code audit_lib}, cleaned first.
 */
class AdminAuditLogTableIT {

    private static final String PLATFORM = "classpath:db/platform";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void on_an_empty_database_the_migration_creates_the_append_only_table() {
        var schema = cleanSchema("audit_fresh");

        var result = flyway(schema, PLATFORM).migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.filepath).anyMatch(p -> p.endsWith(
                "R__platform_audit_admin_audit_log.sql"));
        assertThat(columns(schema)).containsExactlyElementsOf(expectedColumns());
        assertThat(indexes(schema)).contains("admin_audit_log_occurred_idx", "admin_audit_log_target_idx");
        assertThat(triggers(schema)).containsExactlyInAnyOrder("admin_audit_log_append_only",
                "admin_audit_log_no_truncate");
        flyway(schema, PLATFORM).validate();
    }

    @Test
    void an_identity_database_keeps_its_entries_and_still_validates() {
        var schema = cleanSchema("audit_identity");
        flyway(schema, "classpath:db/legacy/identity").migrate();
        insertLegacyRows(schema);

        var result = flyway(schema, "classpath:db/legacy/identity", PLATFORM).migrate();

        assertThat(result.success).isTrue();
        assertAdopted(schema);
        flyway(schema, "classpath:db/legacy/identity", PLATFORM).validate();
    }

    @Test
    void a_mailbox_database_keeps_its_entries_gains_the_target_index_and_still_validates() {
        var schema = cleanSchema("audit_mailbox");
        flyway(schema, "classpath:db/legacy/mailbox").migrate();
        insertLegacyRows(schema);
        assertThat(indexes(schema)).doesNotContain("admin_audit_log_target_idx");

        var result = flyway(schema, "classpath:db/legacy/mailbox", PLATFORM).migrate();

        assertThat(result.success).isTrue();
        assertAdopted(schema);
        assertThat(indexes(schema)).contains("admin_audit_log_target_idx");
        flyway(schema, "classpath:db/legacy/mailbox", PLATFORM).validate();
    }

    @Test
    void running_the_script_again_as_flyway_does_after_it_grows_keeps_the_rows_and_restores_the_shape() throws Exception {
        var schema = cleanSchema("audit_rerun");
        flyway(schema, PLATFORM).migrate();
        var log = auditLog(schema, Clock.system(SHANGHAI));
        inTransaction(schema, () -> log.record(new AuditActor("s-1", "admin1"), "mailbox.created", "mailbox", "M1",
                Map.of()));
        String script;
        try (var in = getClass().getResourceAsStream("/db/platform/R__platform_audit_admin_audit_log.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        // proof that the whole script ran again: what it creates last is gone before and back after
        var jdbc = JdbcClient.create(dataSource(schema));
        jdbc.sql("drop index admin_audit_log_target_idx").update();
        jdbc.sql("drop trigger admin_audit_log_no_truncate on admin_audit_log").update();

        jdbc.sql(script).update();

        assertThat(indexes(schema)).contains("admin_audit_log_target_idx");
        assertThat(columns(schema)).containsExactlyElementsOf(expectedColumns());
        assertThat(triggers(schema)).containsExactlyInAnyOrder("admin_audit_log_append_only",
                "admin_audit_log_no_truncate");
        assertThat(log.find(AuditQuery.ALL, 0, 10).total()).isEqualTo(1);
        flyway(schema, PLATFORM).validate();
    }

    @Test
    void entries_cannot_be_changed_deleted_or_truncated() {
        var schema = cleanSchema("audit_append_only");
        flyway(schema, PLATFORM).migrate();
        var log = auditLog(schema, Clock.fixed(Instant.parse("2026-10-09T02:00:00Z"), SHANGHAI));
        inTransaction(schema, () -> log.record(new AuditActor("s-1", "admin1"), "mailbox.created", "mailbox", "M1",
                Map.of("nameZh", "市长信箱")));
        var jdbc = JdbcClient.create(dataSource(schema));

        assertThatThrownBy(() -> jdbc.sql("update admin_audit_log set actor_subject = 'nobody'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from admin_audit_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate admin_audit_log").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor_subject from admin_audit_log").query(String.class).list())
                .containsExactly("s-1");
    }

    @Test
    void an_entry_is_read_back_as_recorded_in_the_clock_zone() {
        var schema = cleanSchema("audit_roundtrip");
        flyway(schema, PLATFORM).migrate();
        var log = auditLog(schema, Clock.fixed(Instant.parse("2026-10-09T02:00:00Z"), SHANGHAI));

        inTransaction(schema, () -> log.record(new AuditActor("s-1", "admin1"), "department.updated", "department",
                "D-TRANSPORT", Map.of("nameZh", "交通运输局")));

        var entry = log.find(AuditQuery.ALL, 0, 10).entries().getFirst();
        assertThat(entry.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-10-09T10:00:00+08:00"));
        assertThat(entry.actorSubject()).isEqualTo("s-1");
        assertThat(entry.actorUsername()).isEqualTo("admin1");
        assertThat(entry.action()).isEqualTo("department.updated");
        assertThat(entry.targetType()).isEqualTo("department");
        assertThat(entry.targetId()).isEqualTo("D-TRANSPORT");
        assertThat(entry.details()).isEqualTo("{\"nameZh\": \"交通运输局\"}");
    }

    @Test
    void an_administrator_filters_by_period_actor_action_and_target_and_pages_newest_first() {
        var schema = cleanSchema("audit_filters");
        flyway(schema, PLATFORM).migrate();
        var alice = new AuditActor("s-alice", "alice");
        var bob = new AuditActor("s-bob", "bob");
        record(schema, "2026-09-30T09:00:00+08:00", alice, "mailbox.created", "mailbox", "M1");
        record(schema, "2026-10-08T09:00:00+08:00", bob, "mailbox.revised", "mailbox", "M1");
        record(schema, "2026-10-09T09:00:00+08:00", alice, "mailbox.revised", "mailbox", "M2");
        record(schema, "2026-10-10T09:00:00+08:00", alice, "department.updated", "department", "D-TRANSPORT");
        record(schema, "2026-10-11T09:00:00+08:00", bob, "mailbox.routing-replaced", "mailbox", "M1");
        var log = auditLog(schema, Clock.system(SHANGHAI));

        assertThat(targets(log.find(new AuditQuery(OffsetDateTime.parse("2026-10-08T00:00:00+08:00"),
                OffsetDateTime.parse("2026-10-10T09:00:00+08:00"), null, null, null, null), 0, 50)))
                .as("from inclusive, to exclusive").containsExactly("M2", "M1");
        assertThat(targets(log.find(new AuditQuery(null, null, "alice", null, null, null), 0, 50)))
                .as("actor by username").containsExactly("D-TRANSPORT", "M2", "M1");
        assertThat(targets(log.find(new AuditQuery(null, null, "s-bob", null, null, null), 0, 50)))
                .as("actor by subject").containsExactly("M1", "M1");
        assertThat(targets(log.find(new AuditQuery(null, null, null, "mailbox.revised", null, null), 0, 50)))
                .containsExactly("M2", "M1");
        assertThat(targets(log.find(AuditQuery.target("mailbox", "M1"), 0, 50))).hasSize(3);
        assertThat(log.find(new AuditQuery(null, null, "alice", "mailbox.revised", "mailbox", "M1"), 0, 50).total())
                .isZero();

        var first = log.find(AuditQuery.ALL, 0, 2);
        var third = log.find(AuditQuery.ALL, 2, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.entries()).extracting(AuditEntry::action)
                .containsExactly("mailbox.routing-replaced", "department.updated");
        assertThat(third.entries()).extracting(AuditEntry::action).containsExactly("mailbox.created");
        assertThat(third.total()).isEqualTo(5);
    }

    private void record(String schema, String at, AuditActor actor, String action, String targetType, String id) {
        var log = auditLog(schema, Clock.fixed(OffsetDateTime.parse(at).toInstant(), SHANGHAI));
        inTransaction(schema, () -> log.record(actor, action, targetType, id, Map.of()));
    }

    private static List<String> targets(AuditPage page) {
        return page.entries().stream().map(AuditEntry::targetId).toList();
    }

    private void insertLegacyRows(String schema) {
        var jdbc = JdbcClient.create(dataSource(schema));
        for (int i = 1; i <= 3; i++) {
            jdbc.sql("""
                    insert into admin_audit_log (occurred_at, actor_subject, actor_username, action, target_type,
                                                 target_id, details)
                    values (:at, 'legacy-admin', 'admin', 'mailbox.revised', 'mailbox', :id,
                            cast('{"nameZh":"旧的"}' as jsonb))
                    """).param("at", OffsetDateTime.parse("2026-03-0%dT10:00:00+08:00".formatted(i)))
                    .param("id", "M" + i).update();
        }
    }

    private void assertAdopted(String schema) {
        var jdbc = JdbcClient.create(dataSource(schema));
        assertThat(jdbc.sql("select target_id from admin_audit_log order by id").query(String.class).list())
                .containsExactly("M1", "M2", "M3");
        assertThat(columns(schema)).containsExactlyElementsOf(expectedColumns());
        assertThat(triggers(schema)).containsExactlyInAnyOrder("admin_audit_log_append_only",
                "admin_audit_log_no_truncate");
        assertThatThrownBy(() -> jdbc.sql("delete from admin_audit_log").update())
                .isInstanceOf(DataAccessException.class);
        // the library writes into the adopted table, after the old rows
        var log = auditLog(schema, Clock.system(SHANGHAI));
        inTransaction(schema, () -> log.record(new AuditActor("s-new", "admin2"), "mailbox.revised", "mailbox", "M4",
                Map.of()));
        assertThat(log.find(AuditQuery.ALL, 0, 10).entries()).extracting(AuditEntry::targetId)
                .containsExactly("M4", "M3", "M2", "M1");
    }

    private static List<String> expectedColumns() {
        return List.of(
                "id bigint NO ALWAYS null",
                "occurred_at timestamp with time zone NO NEVER null",
                "actor_subject character varying(64) NO NEVER null",
                "actor_username character varying(255) YES NEVER null",
                "action character varying(60) NO NEVER null",
                "target_type character varying(40) NO NEVER null",
                "target_id character varying(255) NO NEVER null",
                "details jsonb NO NEVER '{}'::jsonb");
    }

    private List<String> columns(String schema) {
        return JdbcClient.create(dataSource(schema)).sql("""
                select column_name || ' ' || data_type
                       || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable || ' '
                       || coalesce(identity_generation, 'NEVER') || ' ' || coalesce(column_default, 'null')
                  from information_schema.columns
                 where table_schema = :schema and table_name = 'admin_audit_log'
                 order by ordinal_position
                """).param("schema", schema).query(String.class).list();
    }

    private List<String> indexes(String schema) {
        return JdbcClient.create(dataSource(schema))
                .sql("select indexname from pg_indexes where schemaname = :schema and tablename = 'admin_audit_log'")
                .param("schema", schema).query(String.class).list();
    }

    private List<String> triggers(String schema) {
        return JdbcClient.create(dataSource(schema)).sql("""
                select t.tgname from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = :schema and c.relname = 'admin_audit_log' and not t.tgisinternal
                """).param("schema", schema).query(String.class).list();
    }

    private AuditLog auditLog(String schema, Clock clock) {
        return new AuditLog(JdbcClient.create(dataSource(schema)), JsonMapper.builder().build(), clock);
    }

    private void inTransaction(String schema, Runnable work) {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource(schema))).executeWithoutResult(s -> work.run());
    }

    private String cleanSchema(String schema) {
        flyway(schema, PLATFORM).clean();
        return schema;
    }

    private Flyway flyway(String schema, String... locations) {
        return Flyway.configure().dataSource(dataSource(schema)).schemas(schema).cleanDisabled(false)
                .locations(locations).load();
    }

    private static final Map<String, DataSource> DATA_SOURCES = new ConcurrentHashMap<>();

    private static DataSource dataSource(String schema) {
        return DATA_SOURCES.computeIfAbsent(schema, s -> {
            var infra = SharedInfrastructure.get();
            String url = SharedInfrastructure.database("audit_lib");
            return new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + s,
                    infra.postgresUsername(), infra.postgresPassword());
        });
    }
}
