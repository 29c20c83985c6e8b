package org.citizenhub.identity;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the demo city (演示市) seed to the Flyway locations when {@code hub.identity.demo-data=true}
 * (local profile and tests). Production migrations never contain demo rows.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "hub.identity.demo-data")
class DemoDataConfiguration {

    static final String DEMO_LOCATION = "classpath:db/demo";

    @Bean
    FlywayConfigurationCustomizer demoDataLocation() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new Location(DEMO_LOCATION));
            configuration.locations(locations.toArray(Location[]::new));
        };
    }
}
