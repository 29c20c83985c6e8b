package org.citizenhub.casework.attachments;

import java.time.Clock;
import java.time.ZoneId;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Attachments for every service with a database: {@link Attachments}, the scheduled {@link AttachmentCleanup}
 * (when a ShedLock {@link LockProvider} exists and {@code hub.casework.attachments.cleanup-enabled} is not false)
 * and, in servlet web services, {@link AttachmentEndpoints}. The table comes from the service's Flyway
 * ({@code classpath:db/platform}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.citizenhub.events.outbox.HubEventsAutoConfiguration"})
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(AttachmentProperties.class)
public class AttachmentsAutoConfiguration {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public Attachments attachments(ObjectProvider<JdbcClient> jdbc, DataSource dataSource,
                                   PlatformTransactionManager transactionManager, AttachmentProperties properties,
                                   ObjectProvider<Clock> clock) {
        return new Attachments(jdbc.getIfAvailable(() -> JdbcClient.create(dataSource)), transactionManager,
                properties, clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(LockProvider.class)
    @ConditionalOnProperty(prefix = "hub.casework.attachments", name = "cleanup-enabled", matchIfMissing = true)
    public AttachmentCleanup attachmentCleanup(Attachments attachments, LockProvider lockProvider,
                                               ObjectProvider<Clock> clock) {
        return new AttachmentCleanup(attachments, lockProvider, clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.servlet.support.ServletUriComponentsBuilder")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        @ConditionalOnMissingBean
        AttachmentEndpoints attachmentEndpoints(Attachments attachments) {
            return new AttachmentEndpoints(attachments);
        }
    }
}
