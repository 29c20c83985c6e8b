package org.citizenhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void a_database_at_the_schema_before_sites_holding_departments_upgrades_with_every_department_in_the_root_site() {
        var dataSource = new DriverManagerDataSource(SharedInfrastructure.database("identity_upgrade_sites"),
                SharedInfrastructure.get().postgresUsername(), SharedInfrastructure.get().postgresPassword());
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Properties application = application();
        String[] locations = application.getProperty("spring.flyway.locations").split(",");
        boolean outOfOrder = Boolean.parseBoolean(application.getProperty("spring.flyway.out-of-order"));
        Flyway.configure().dataSource(dataSource).locations(locations).outOfOrder(outOfOrder).target("4").load()
                .migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into department (code, name_zh, name_en, parent_code, kind, created_at, updated_at)
                values ('D-GOV', '演示市人民政府', 'Demo City People''s Government', null, 'GOVERNMENT', now(), now()),
                       ('D-TRANSPORT', '市交通运输局', null, 'D-GOV', 'BUREAU', now(), now()),
                       ('D-DONGCHENG', '东城区人民政府', null, 'D-GOV', 'DISTRICT', now(), now()),
                       ('D-DONGCHENG-OFFICE', '东城区政府办公室', null, 'D-DONGCHENG', 'OFFICE', now(), now())
                """).update();
        jdbc.sql("update department set active = false where code = 'D-TRANSPORT'").update();

        var result = Flyway.configure().dataSource(dataSource).locations(locations).outOfOrder(outOfOrder).load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(jdbc.sql("select code || ' ' || department_code || ' ' || name_zh || ' ' || path_prefix || ' ' || live from site")
                .query(String.class).list()).containsExactly("GOV D-GOV 演示市人民政府 / true");
        assertThat(jdbc.sql("select count(*) from site_host").query(Long.class).single()).isZero();
        // the nearest site at or above every department
        assertThat(jdbc.sql("""
                with recursive up (department, ancestor) as (
                    select code, code from department
                    union all
                    select up.department, d.parent_code from up join department d on d.code = up.ancestor
                     where d.parent_code is not null)
                select up.department || ' ' || s.code from up join site s on s.department_code = up.ancestor
                 order by 1
                """).query(String.class).list())
                .containsExactly("D-DONGCHENG GOV", "D-DONGCHENG-OFFICE GOV", "D-GOV GOV", "D-TRANSPORT GOV");
        assertThat(jdbc.sql("select version from site_directory_version").query(Long.class).single()).isZero();
    }

    @Test
    void a_local_database_with_the_old_demo_city_upgrades_to_the_demo_sites_with_the_city_portal_filled_in() {
        var dataSource = new DriverManagerDataSource(SharedInfrastructure.database("identity_upgrade_demo_sites"),
                SharedInfrastructure.get().postgresUsername(), SharedInfrastructure.get().postgresPassword());
        Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
        Properties application = application();
        var locations = new java.util.ArrayList<>(List.of(application.getProperty("spring.flyway.locations").split(",")));
        boolean outOfOrder = Boolean.parseBoolean(application.getProperty("spring.flyway.out-of-order"));
        Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).outOfOrder(outOfOrder)
                .target("4").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into department (code, name_zh, name_en, parent_code, kind, created_at, updated_at)
                values ('D-GOV', '演示市人民政府', 'Demo City People''s Government', null, 'GOVERNMENT', now(), now()),
                       ('D-DONGCHENG', '东城区人民政府', null, 'D-GOV', 'DISTRICT', now(), now())
                """).update();
        locations.add("classpath:db/demo");

        var result = Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new))
                .outOfOrder(outOfOrder).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(jdbc.sql("select code || ' ' || name_zh || ' ' || coalesce(contact_en, '-') from site order by code")
                .query(String.class).list()).containsExactly(
                "DONGCHENG 东城区人民政府网站 8 East Street, Dongcheng, tel. 0999-22345000",
                "GOV 演示市人民政府门户网站 1 Renmin Road, Demo City, tel. 0999-12345000",
                "XICHENG 西城区人民政府网站 6 West Street, Xicheng, tel. 0999-32345000");
        assertThat(jdbc.sql("select host from site_host where site_code = 'GOV' order by position").query(String.class)
                .list()).containsExactly("www.demo-city.gov.cn", "localhost", "127.0.0.1");
    }

    private static Properties application() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }
}
