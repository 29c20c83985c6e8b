package org.citizenhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases created before identity published events hold V1-V3 and none of the platform's V0_x outbox scripts.
 * With identity's own Flyway settings (application.yml) they must still start: the older scripts are applied after
 * the newer ones instead of failing validation.
 */
class ExistingDatabaseUpgradeIT {

    @Test
    void a_database_created_before_the_outbox_takes_the_platform_scripts_and_the_holiday_notices_on_the_next_start() {
        var dataSource = new DriverManagerDataSource(SharedInfrastructure.database("identity_upgrade"),
                SharedInfrastructure.get().postgresUsername(), SharedInfrastructure.get().postgresPassword());
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3").load().migrate();
        Properties application = application();

        var result = Flyway.configure().dataSource(dataSource)
                .locations(application.getProperty("spring.flyway.locations").split(","))
                .outOfOrder(Boolean.parseBoolean(application.getProperty("spring.flyway.out-of-order")))
                .load().migrate();

        assertThat(result.success).isTrue();
        var jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select count(*) from holiday_notice").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from shedlock").query(Long.class).single()).isZero();
    }

    @Test
    void operation_log_entries_written_before_platform_audit_stay_when_the_library_adopts_the_table() {
        var dataSource = new DriverManagerDataSource(SharedInfrastructure.database("identity_upgrade_audit"),
                SharedInfrastructure.get().postgresUsername(), SharedInfrastructure.get().postgresPassword());
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into admin_audit_log (occurred_at, actor_subject, actor_username, action, target_type,
                                             target_id, details)
                values (now() - interval '5 months', 'sub-admin', 'admin', 'department.updated', 'department',
                        'D-TRANSPORT', cast('{"nameZh":"交通运输局"}' as jsonb))
                """).update();
        Properties application = application();
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations(application.getProperty("spring.flyway.locations").split(","))
                .outOfOrder(Boolean.parseBoolean(application.getProperty("spring.flyway.out-of-order")))
                .load();

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.filepath)
                .anyMatch(path -> path.endsWith("R__platform_audit_admin_audit_log.sql"));
        flyway.validate();
        assertThat(jdbc.sql("select target_id || ' ' || action from admin_audit_log").query(String.class).list())
                .containsExactly("D-TRANSPORT department.updated");
    }

    private static Properties application() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }
}
