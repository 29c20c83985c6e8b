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

    private static Properties application() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }
}
