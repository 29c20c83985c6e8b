package org.citizenhub.mailbox.notification;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Notifications to citizens: message bundle, contact encryption, and the scheduling of {@link NotificationDispatcher}
 * under a ShedLock lock in table {@code shedlock} (from platform-events' {@code db/platform}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT15M")
class NotificationConfiguration {

    @Bean
    NotificationMessages notificationMessages() {
        return new NotificationMessages();
    }

    /**
     * The same JDBC lock provider platform-events defines for its outbox resubmission (which then uses this one),
     * declared here so that notification dispatch stays guarded where {@code hub.events.resubmit-enabled=false}.
     */
    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider notificationLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
