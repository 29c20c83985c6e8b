package org.citizenhub.consultation.notification;

import org.citizenhub.casework.notify.NotificationCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This service's notification catalogue for platform/casework's notify library (checked at startup). */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationCatalogue notificationCatalogue() {
        return NotificationCatalogue.of(ConsultationNotifications.TEXTS, ConsultationNotifications.KINDS);
    }
}
