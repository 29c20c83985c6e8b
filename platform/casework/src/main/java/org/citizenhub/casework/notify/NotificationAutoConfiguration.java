package org.citizenhub.casework.notify;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizen notifications for a service that declares a {@link NotificationCatalogue} bean (and a {@code PersonalDataSeal}
 * bean, platform-privacy's, under its personal-data key): {@link CitizenNotifier}, the outbox, one sender per channel (e-mail over the
 * service's {@code spring.mail.*} server, SMS through a {@link SmsGateway} that only logs unless the service gives
 * one, the site) and, while {@code hub.notifications.enabled}, the {@link NotificationDispatcher}. A service without
 * a catalogue gets none of it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration"})
@ConditionalOnBean({NotificationCatalogue.class, DataSource.class})
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationAutoConfiguration {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    NotificationOutbox notificationOutbox(DataSource dataSource, ObjectProvider<PersonalDataSeal> seal,
                                          NotificationCatalogue catalogue) {
        PersonalDataSeal recipientSeal = seal.getIfAvailable(() -> {
            throw new IllegalStateException(catalogue + " needs a PersonalDataSeal bean (platform-privacy, e.g. a"
                    + " PersonalDataCipher under the service's personal-data key) to store recipients sealed");
        });
        return new NotificationOutbox(JdbcClient.create(dataSource), recipientSeal);
    }

    @Bean
    @ConditionalOnMissingBean
    SmsGateway smsGateway() {
        return new LoggingSmsGateway();
    }

    @Bean
    EmailNotificationSender emailNotificationSender(ObjectProvider<JavaMailSender> mailSender,
                                                    NotificationCatalogue catalogue, NotificationProperties properties,
                                                    ObjectProvider<Clock> clock) {
        return new EmailNotificationSender(mailSender, catalogue, properties.from(), clock(clock));
    }

    @Bean
    SmsNotificationSender smsNotificationSender(NotificationCatalogue catalogue, SmsGateway gateway) {
        return new SmsNotificationSender(catalogue, gateway);
    }

    @Bean
    SiteNotificationSender siteNotificationSender() {
        return new SiteNotificationSender();
    }

    @Bean
    @ConditionalOnMissingBean
    CitizenNotifier citizenNotifier(NotificationOutbox outbox, NotificationCatalogue catalogue,
                                    List<NotificationSender> senders, NotificationProperties properties,
                                    ObjectProvider<Clock> clock) {
        return new CitizenNotifier(outbox, catalogue, senders, properties.enabled(), clock(clock));
    }

    /**
     * The JDBC lock provider on table {@code shedlock} (platform-events' {@code db/platform}), the same one
     * platform-events declares; whichever comes first serves both.
     */
    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    LockProvider notificationLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnProperty(prefix = "hub.notifications", name = "enabled", havingValue = "true", matchIfMissing = true)
    NotificationDispatcher notificationDispatcher(NotificationOutbox outbox, NotificationCatalogue catalogue,
                                                  CitizenNotifier notifier, PlatformTransactionManager transactions,
                                                  LockProvider lockProvider, NotificationProperties properties,
                                                  ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
        return new NotificationDispatcher(outbox, catalogue, notifier, new TransactionTemplate(transactions),
                new DefaultLockingTaskExecutor(lockProvider), properties,
                meters.getIfAvailable(SimpleMeterRegistry::new), clock(clock));
    }

    private static Clock clock(ObjectProvider<Clock> clock) {
        return clock.getIfAvailable(() -> Clock.system(ZONE));
    }
}
