package org.citizenhub.mailbox.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notifications to citizens: the message bundle. {@link NotificationDispatcher} is scheduled under its ShedLock
 * lock by the service's one scheduling set-up (config/SchedulingConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationMessages notificationMessages() {
        return new NotificationMessages();
    }
}
