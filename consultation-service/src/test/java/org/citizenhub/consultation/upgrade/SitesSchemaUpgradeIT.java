package org.citizenhub.consultation.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A consultation database at the schema before sites (version 21, holding cases) upgrades cleanly: V22 adds the
 * case's site and the sites' dispatch centres, Flyway still validates, and every existing case keeps
 * {@code site = null}, which the service reads as the root site's (SitesIT reads such a case through the service).
 */
class SitesSchemaUpgradeIT {

    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/platform"};
    private static final String[] LOCAL_LOCATIONS = {"classpath:db/migration", "classpath:db/platform",
            "classpath:db/demo"};

    private final DataSource database = dataSource("consultation_upgrade_sites");
    private final JdbcClient jdbc = JdbcClient.create(database);

    @BeforeEach
    void an_empty_database() {
        Flyway.configure().dataSource(database).cleanDisabled(false).load().clean();
    }

    @Test
    void cases_from_before_sites_survive_the_upgrade_and_belong_to_no_stored_site() {
        atVersion21(LOCATIONS);
        UUID id = insertCase("ZX20261009000042", "D-12345");

        var upgrade = Flyway.configure().dataSource(database).locations(LOCATIONS).load();
        upgrade.migrate();

        assertThat(upgrade.validateWithResult().validationSuccessful).as("Flyway validate after the upgrade").isTrue();
        assertThat(upgrade.info().pending()).isEmpty();
        assertThat(upgrade.info().applied()).extracting(m -> m.getScript()).contains("V22__sites.sql");
        var row = jdbc.sql("select tracking_number, site, dispatch_centre from consultation_case where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("tracking_number")).isEqualTo("ZX20261009000042");
        assertThat(row.get("site")).as("null: the root site, resolved when read").isNull();
        assertThat(row.get("dispatch_centre")).isEqualTo("D-12345");
        assertThat(jdbc.sql("select count(*) from site_dispatch_centre").query(Long.class).single())
                .as("no site has its own centre yet: the configured one screens every site").isZero();
    }

    @Test
    void a_local_demo_database_gets_the_districts_dispatch_centres() {
        atVersion21(LOCAL_LOCATIONS);
        insertCase("ZX20261009000043", "D-GOV-OFFICE");

        var upgrade = Flyway.configure().dataSource(database).locations(LOCAL_LOCATIONS).load();
        upgrade.migrate();

        assertThat(upgrade.validateWithResult().validationSuccessful).isTrue();
        assertThat(Arrays.stream(upgrade.info().applied()).filter(m -> m.getVersion() != null)
                .map(m -> m.getVersion().getVersion()))
                .contains("22", "22.1");
        // the local demo data goes on after the sites (V22_2: the demo backlog)
        assertThat(upgrade.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("22.2"));
        assertThat(jdbc.sql("select site || '=' || department from site_dispatch_centre order by site")
                .query(String.class).list())
                .containsExactly("DONGCHENG=D-DONGCHENG-OFFICE", "XICHENG=D-XICHENG-OFFICE");
    }

    private void atVersion21(String[] locations) {
        var before = Flyway.configure().dataSource(database).locations(locations).target("21").load();
        before.migrate();
        assertThat(before.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("21"));
    }

    /** A case as the service stored it before sites (no site column yet). */
    private UUID insertCase(String trackingNumber, String centre) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into consultation_case (id, tracking_number, writer_id, kind, category, status,
                                               dispatch_centre, submitted_at, submission, contact_channel, updated_at)
                values (:id, :tn, 'writer-1', 'CONSULTATION', 'GENERAL', 'SUBMITTED', :centre, :at,
                        cast(:submission as jsonb), 'SITE', :at)
                """)
                .param("id", id).param("tn", trackingNumber).param("centre", centre)
                .param("at", OffsetDateTime.parse("2026-10-09T10:00:00+08:00"))
                .param("submission", "{\"kind\":\"CONSULTATION\",\"category\":\"GENERAL\",\"title\":\"入学\","
                        + "\"body\":\"入学政策？\",\"errorReport\":null,\"agreesToPublication\":false,"
                        + "\"at\":\"2026-10-09T02:00:00Z\"}")
                .update();
        return id;
    }

    private static DataSource dataSource(String name) {
        var servers = SharedInfrastructure.get();
        return new DriverManagerDataSource(SharedInfrastructure.database(name), servers.postgresUsername(),
                servers.postgresPassword());
    }
}
