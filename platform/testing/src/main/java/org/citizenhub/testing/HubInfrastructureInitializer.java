package org.citizenhub.testing;

import org.citizenhub.infra.HubEndpoints;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Points a Spring context at the shared real servers (see {@link HubIntegrationTest}). Usable on its own with
 * {@code @ContextConfiguration(initializers = HubInfrastructureInitializer.class)}.
 */
public class HubInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE = "citizenHubTestInfrastructure";
    private static final String INLINED = "Inlined Test Properties";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        HubEndpoints hub = SharedInfrastructure.get();
        String database = databaseName(env);
        String jdbcUrl = SharedInfrastructure.database(database);

        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", hub.postgresUsername());
        p.put("spring.datasource.password", hub.postgresPassword());
        p.put("spring.kafka.bootstrap-servers", hub.kafkaBootstrapServers());
        p.put("spring.data.redis.host", hub.redisHost());
        p.put("spring.data.redis.port", Integer.toString(hub.redisPort()));
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", hub.keycloakIssuer());
        p.put("HUB_DB_URL", jdbcUrl);
        p.put("HUB_KAFKA", hub.kafkaBootstrapServers());
        p.put("HUB_REDIS_HOST", hub.redisHost());
        p.put("HUB_REDIS_PORT", Integer.toString(hub.redisPort()));
        p.put("HUB_ISSUER", hub.keycloakIssuer());
        p.put("hub.test.keycloak-url", hub.keycloakUrl());
        p.put("hub.test.realm", hub.keycloakRealm());
        // Tests move their services' clocks by months and count event_publication rows; the outbox's purge of completed
        // publications older than a week (platform/events) would delete rows under a running test's feet.
        p.put("hub.events.completed-retention", "0s");

        MutablePropertySources sources = env.getPropertySources();
        MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, p);
        if (sources.contains(INLINED)) {
            sources.addAfter(INLINED, source);
        } else {
            sources.addFirst(source);
        }
        if (SharedInfrastructure.inProcess()) {
            // the in-process broker's own logging is noise in a service's test output; a module can override
            Map<String, Object> quiet = new LinkedHashMap<>();
            for (String logger : new String[] {"kafka", "org.apache.kafka.server", "org.apache.kafka.controller",
                    "org.apache.kafka.raft", "org.apache.kafka.metadata", "org.apache.kafka.image",
                    "org.apache.kafka.storage", "org.apache.kafka.coordinator", "org.apache.kafka.queue",
                    "org.apache.kafka.snapshot", "org.apache.kafka.security", "state.change.logger"}) {
                quiet.put("logging.level." + logger, "WARN");
            }
            sources.addLast(new MapPropertySource(PROPERTY_SOURCE + "Logging", quiet));
        }
    }

    static String databaseName(ConfigurableEnvironment env) {
        String explicit = env.getProperty("hub.test.database");
        if (explicit != null && !explicit.isBlank()) {
            return explicit.trim().toLowerCase(Locale.ROOT);
        }
        String app = env.getProperty("spring.application.name");
        if (app == null || app.isBlank()) {
            throw new IllegalStateException("@HubIntegrationTest needs spring.application.name or hub.test.database"
                    + " to choose the test database");
        }
        return app.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
