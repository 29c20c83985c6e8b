package org.citizenhub.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without hub.identity.demo-data (production), the schema is created and no demo department exists. */
@HubIntegrationTest(properties = {"hub.identity.demo-data=false", "hub.test.database=identity_production"})
class ProductionMigrationsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void production_migrations_create_the_schema_without_any_demo_data() {
        assertThat(jdbc.sql("select count(*) from department").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from holiday_notice").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where script like '%demo%'")
                .query(Long.class).single()).isZero();
        var tree = new HttpProbe(port).get("/departments", null);
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.json()).isEmpty();
    }
}
