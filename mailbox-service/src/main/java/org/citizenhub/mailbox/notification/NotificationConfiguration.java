package org.citizenhub.mailbox.notification;

import org.citizenhub.casework.notify.NotificationCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mailbox's part of citizen notifications; platform-casework does the rest, sealing recipients with the mailbox's
 * {@code PersonalDataSeal} (key {@code hub.mailbox.personal-data-key}).
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationCatalogue notificationCatalogue() {
        return NotificationCatalogue.of(MailboxNotifications.TEXTS, MailboxNotifications.KINDS);
    }
}
