package org.citizenhub.casework;

import java.time.Clock;
import java.time.ZoneId;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.citizenhub.calendar.BundledNotices;
import org.citizenhub.calendar.CountingPolicy;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.infra.HubEndpoints;
import org.citizenhub.testing.SharedInfrastructure;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A minimal case service on the shared real PostgreSQL and Kafka, started once for all integration tests of the
 * module: the library's auto-configuration, platform/events' outbox and the stand-in cases of {@link TestCases}.
 * Database {@code casework} + the working copy's suffix.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestCases.class)
public class TestService {

    private static ConfigurableApplicationContext context;

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    WorkingTime workingTime() {
        return new WorkingTime(BundledNotices.calendar(), CountingPolicy.DEFAULT);
    }

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            HubEndpoints hub = SharedInfrastructure.get();
            context = new SpringApplicationBuilder(TestService.class)
                    .web(WebApplicationType.NONE)
                    .properties(
                            "spring.application.name=casework-it",
                            "spring.datasource.url=" + SharedInfrastructure.database("casework"),
                            "spring.datasource.username=" + hub.postgresUsername(),
                            "spring.datasource.password=" + hub.postgresPassword(),
                            "spring.flyway.locations=classpath:db/platform,classpath:db/casework-it",
                            "spring.kafka.bootstrap-servers=" + hub.kafkaBootstrapServers(),
                            "hub.calendar.feed.enabled=false",
                            "hub.events.resubmit-interval=2s",
                            "hub.casework.query-code-key=integration-test-query-code-key",
                            "hub.casework.deadline-watch.interval=1s",
                            "hub.casework.deadline-watch.batch-size=3",
                            "hub.casework.deadline-watch.max-backoff=5s")
                    .run();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "casework-it-stop"));
        }
        return context;
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
