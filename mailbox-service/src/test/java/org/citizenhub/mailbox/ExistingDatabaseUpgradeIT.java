package org.citizenhub.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.citizenhub.testing.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Mailbox databases in production were created before the platform libraries shipped their tables as repeatable
 * migrations (admin_audit_log by platform/audit). With the service's own Flyway settings (application.yml) such a
 * database, rows included, must take the libraries' scripts on the next start and still validate.
 */
class ExistingDatabaseUpgradeIT {

    @Test
    void a_database_at_todays_schema_with_operation_log_entries_keeps_them_when_platform_audit_adopts_the_table() {
        var dataSource = new DriverManagerDataSource(SharedInfrastructure.database("mailbox_upgrade"),
                SharedInfrastructure.get().postgresUsername(), SharedInfrastructure.get().postgresPassword());
        configured(dataSource).cleanDisabled(false).load().clean();
        // today's schema: every versioned script, none of the libraries' repeatable ones (not recognised by prefix)
        configured(dataSource).repeatableSqlMigrationPrefix("NOT_YET_").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into admin_audit_log (occurred_at, actor_subject, actor_username, action, target_type,
                                             target_id, details)
                values (now() - interval '3 months', 'sub-admin', 'admin', 'mailbox.revised', 'mailbox', 'MAYOR',
                        cast('{"nameZh":"市长信箱"}' as jsonb))
                """).update();

        var result = configured(dataSource).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.filepath)
                .anyMatch(path -> path.endsWith("R__platform_audit_admin_audit_log.sql"));
        configured(dataSource).load().validate();
        assertThat(jdbc.sql("select target_id || ' ' || action from admin_audit_log").query(String.class).list())
                .containsExactly("MAYOR mailbox.revised");
        assertThatThrownBy(() -> jdbc.sql("delete from admin_audit_log").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'admin_audit_log_target_idx'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private static FluentConfiguration configured(DriverManagerDataSource dataSource) {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        // the default document only: profile documents (local adds the demo data) do not apply in production
        yaml.setDocumentMatchers(properties -> properties.containsKey("spring.config.activate.on-profile")
                ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
        Properties application = yaml.getObject();
        return Flyway.configure().dataSource(dataSource)
                .locations(application.getProperty("spring.flyway.locations").split(","));
    }
}
