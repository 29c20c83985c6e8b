package org.citizenhub.mailbox.config;

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
 * The one place the service's scheduled jobs are set up: Spring scheduling for the service's own {@code @Scheduled}
 * jobs, each under its {@code @SchedulerLock} (ShedLock, table {@code shedlock} from platform-events, database time),
 * so that one replica at a time runs it. The lock provider is the service's, independent of whether
 * platform-events' outbox resubmission (which shares it) is on. The casework libraries' jobs (deadline watch,
 * notification dispatch, attachment clean-up) schedule themselves and take the same lock provider.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT15M")
class SchedulingConfiguration {

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
