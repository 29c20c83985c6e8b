package org.citizenhub.identity.sites;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Empties the test's database before migrating it, so that the test starts on the database a first start of
 * identity finds (needs {@code spring.flyway.clean-disabled=false} and a database of the test's own).
 */
@TestConfiguration
class FreshDatabase {

    @Bean
    FlywayMigrationStrategy cleanFirst() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
