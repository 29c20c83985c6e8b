package org.citizenhub.casework;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.QueryCode;
import org.citizenhub.events.outbox.HubEventsAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The casework core's beans: {@link QueryCode} from {@code hub.casework.query-code-key} (created when a service
 * asks for it, and then refusing to start without the key), {@link IdempotentSubmission}, and the
 * {@link DeadlineWatch} when the service registers a {@link DeadlineAnnouncer}. Tracking numbers and step history
 * take the service's own sequence and table names, so services construct those themselves.
 */
@AutoConfiguration(
        after = HubEventsAutoConfiguration.class,
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(CaseworkProperties.class)
public class CaseworkAutoConfiguration {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String QUERY_CODE_KEY = "hub.casework.query-code-key";
    private static final Logger log = LoggerFactory.getLogger(CaseworkAutoConfiguration.class);

    /**
     * Lazy: only a service that uses query codes needs the key, but such a service fails at start (when the bean
     * is injected) rather than at the first receipt.
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    public QueryCode caseworkQueryCode(CaseworkProperties properties, Environment environment) {
        String key = properties.queryCodeKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(QUERY_CODE_KEY + " is not set. Receipts' query codes are an HMAC under "
                    + "this secret: set it from the vault (at least " + QueryCode.MIN_KEY_BYTES + " bytes); only a "
                    + "local profile may have a default.");
        }
        if (key.getBytes(StandardCharsets.UTF_8).length < QueryCode.MIN_KEY_BYTES) {
            throw new IllegalStateException(QUERY_CODE_KEY + " is too short: it must be at least "
                    + QueryCode.MIN_KEY_BYTES + " bytes.");
        }
        if (key.startsWith("local-only") && !environment.matchesProfiles("local", "test")) {
            log.warn("{} is a local-only placeholder but no local profile is active: set the deployment's own "
                    + "secret from the vault", QUERY_CODE_KEY);
        }
        return QueryCode.fromSecret(key);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(PlatformTransactionManager.class)
    public IdempotentSubmission idempotentSubmission(PlatformTransactionManager transactionManager) {
        return new IdempotentSubmission(new TransactionTemplate(transactionManager));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DeadlineAnnouncer.class)
    public DeadlineWatch caseworkDeadlineWatch(List<DeadlineAnnouncer<?>> announcers, CaseworkProperties properties,
                                               ObjectProvider<LockProvider> lockProvider,
                                               ObjectProvider<DataSource> dataSource, ObjectProvider<Clock> clock,
                                               ObjectProvider<MeterRegistry> meters) {
        LockProvider locks = lockProvider.getIfAvailable(() -> new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource.getObject()))
                        .usingDbTime()
                        .build()));
        return new DeadlineWatch(announcers, new DefaultLockingTaskExecutor(locks), properties.deadlineWatch(),
                clock.getIfAvailable(() -> Clock.system(ZONE)), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
