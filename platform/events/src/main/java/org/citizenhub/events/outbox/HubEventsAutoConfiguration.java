package org.citizenhub.events.outbox;

import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.citizenhub.events.ProcessedEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.config.EventExternalizationAutoConfiguration;
import org.springframework.modulith.events.config.EventPublicationAutoConfiguration;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * The integration-event plumbing of every service: {@link org.citizenhub.events.IntegrationEvent}s externalized to
 * Kafka as binary-mode CloudEvents, producer defaults, resubmission of outstanding publications under a ShedLock
 * lock, {@link ProcessedEvents} for idempotent consumers and trace context capture.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, KafkaAutoConfiguration.class,
                EventPublicationAutoConfiguration.class},
        afterName = "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
        before = EventExternalizationAutoConfiguration.class)
@EnableConfigurationProperties(HubEventsProperties.class)
public class HubEventsAutoConfiguration {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public EventExternalizationConfiguration integrationEventExternalization() {
        return IntegrationEventExternalization.configuration();
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer")
    public KafkaProducerDefaults hubKafkaProducerDefaults() {
        return new KafkaProducerDefaults();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(JdbcTemplate.class)
    public ProcessedEvents processedEvents(JdbcTemplate jdbcTemplate, ObjectProvider<Clock> clock) {
        return new ProcessedEvents(jdbcTemplate, clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TraceContextCapture {

        @Bean
        @ConditionalOnBean(Tracer.class)
        MicrometerTraceparentSource hubTraceparentSource(Tracer tracer) {
            return new MicrometerTraceparentSource(tracer);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({DataSource.class, EventPublicationRepository.class, EventPublicationRegistry.class})
    @ConditionalOnProperty(prefix = "hub.events", name = "resubmit-enabled", matchIfMissing = true)
    static class Resubmission {

        /** Guards the resubmission so that only one replica runs it; table {@code shedlock} (V0_3). */
        @Bean
        @ConditionalOnMissingBean(LockProvider.class)
        LockProvider hubEventsLockProvider(DataSource dataSource) {
            return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .usingDbTime()
                    .build());
        }

        @Bean
        OutboxResubmitter hubOutboxResubmitter(EventPublicationRepository repository,
                                               EventPublicationRegistry registry,
                                               FailedEventPublications failedPublications, LockProvider lockProvider,
                                               HubEventsProperties properties, ObjectProvider<Clock> clock) {
            return new OutboxResubmitter(repository, registry, failedPublications,
                    new DefaultLockingTaskExecutor(lockProvider), properties,
                    clock.getIfAvailable(() -> Clock.system(ZONE)));
        }
    }
}
