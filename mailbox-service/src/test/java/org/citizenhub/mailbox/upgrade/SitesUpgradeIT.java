package org.citizenhub.mailbox.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.citizenhub.sites.DemoSites;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Sites (集约化) on a demo database holding today's data (schema version 7 with the demo mailboxes, letters of the
 * mayor's and of the ecology bureau's mailbox): it upgrades with no data migration of letters (a letter's site is
 * its office's, read from the site directory), takes the site directory's table, the districts' mailboxes, and moves
 * the bureau mailbox from D-ENVIRONMENT (no department of the directory) to D-ECOLOGY together with its unfinished
 * letters, each with an OFFICE_CHANGED step. Every existing letter of a known office belongs to the root site.
 */
class SitesUpgradeIT {

    /** The locations of a demo (local runner) mailbox. */
    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/platform", "classpath:db/demo"};

    private final DataSource database = new DriverManagerDataSource(SharedInfrastructure.database("mailbox_upgrade_sites"),
            SharedInfrastructure.get().postgresUsername(), SharedInfrastructure.get().postgresPassword());
    private final JdbcClient jdbc = JdbcClient.create(database);

    @Test
    void a_demo_database_of_today_upgrades_its_letters_belong_to_the_root_site_and_the_bureau_mailbox_moves_to_d_ecology() {
        Flyway.configure().dataSource(database).cleanDisabled(false).load().clean();
        var today = Flyway.configure().dataSource(database).locations(LOCATIONS).target("7")
                .repeatableSqlMigrationPrefix("not-yet-").load();
        today.migrate();
        assertThat(today.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("7"));
        UUID mayors = letter("MAYOR", "D-GOV-OFFICE", "ASSIGNED", "D-TRANSPORT");
        UUID waiting = letter("D-ENVIRONMENT", "D-ENVIRONMENT", "SUBMITTED", null);
        UUID closed = letter("D-ENVIRONMENT", "D-ENVIRONMENT", "CLOSED", "D-ENVIRONMENT");

        var upgrade = Flyway.configure().dataSource(database).locations(LOCATIONS).load();
        upgrade.migrate();

        assertThat(upgrade.validateWithResult().validationSuccessful).isTrue();
        assertThat(upgrade.info().pending()).isEmpty();
        assertThat(upgrade.info().applied()).extracting(m -> m.getScript())
                .contains("V8_1__demo_sites.sql", "R__platform_sites_site_directory.sql");
        assertThat(jdbc.sql("select count(*) from site_directory").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select code || ' ' || owner_department from mailbox where code in "
                        + "('DONGCHENG', 'XICHENG', 'D-ENVIRONMENT', 'MAYOR') order by code").query(String.class).list())
                .containsExactly("D-ENVIRONMENT D-ECOLOGY", "DONGCHENG D-DONGCHENG-OFFICE", "MAYOR D-GOV-OFFICE",
                        "XICHENG D-XICHENG-OFFICE");
        assertThat(jdbc.sql("select mailbox_code || ' ' || department from routing_rule "
                        + "where mailbox_code in ('DONGCHENG', 'XICHENG') or department like 'D-E%' order by 1")
                .query(String.class).list())
                .containsExactly("D-ENVIRONMENT D-ECOLOGY", "DONGCHENG D-DONGCHENG-EDUCATION", "MAYOR D-ECOLOGY",
                        "MAYOR D-ECOLOGY", "XICHENG D-XICHENG-HOUSING");
        assertThat(office(waiting)).isEqualTo("D-ECOLOGY");
        assertThat(office(closed)).isEqualTo("D-ENVIRONMENT");
        assertThat(office(mayors)).isEqualTo("D-GOV-OFFICE");
        assertThat(jdbc.sql("select version from letter where id = ?").param(waiting).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select action || ' ' || (details->>'toOffice') from letter_history where letter_id = ?")
                .param(waiting).query(String.class).list()).containsExactly("OFFICE_CHANGED D-ECOLOGY");
        assertThat(jdbc.sql("select count(*) from letter_history where letter_id in (?, ?)").params(mayors, closed)
                .query(Long.class).single()).isZero();

        SiteDirectory directory = DemoSites.directory();
        assertThat(directory.siteOf(office(mayors))).contains(DemoSites.CITY);
        assertThat(directory.siteOf(office(waiting))).contains(DemoSites.CITY);
        assertThat(directory.siteOf(office(closed))).isEmpty();
    }

    private UUID letter(String mailbox, String office, String status, String department) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into letter (id, tracking_number, writer_id, mailbox_code, mailbox_owner, category, title, body,
                                    status, submitted_at, department)
                values (?, ?, 'writer-1', ?, ?, 'OTHER', '标题', '内容', ?, now(), ?)
                """)
                .params(id, "ML" + (20260101000000L + Math.abs(id.getMostSignificantBits() % 1_000_000)), mailbox,
                        office, status, department)
                .update();
        return id;
    }

    private String office(UUID letter) {
        return jdbc.sql("select mailbox_owner from letter where id = ?").param(letter).query(String.class).single();
    }
}
