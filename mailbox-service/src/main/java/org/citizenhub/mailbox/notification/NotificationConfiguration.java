package org.citizenhub.mailbox.notification;

import org.citizenhub.casework.notify.NotificationCatalogue;
import org.citizenhub.casework.notify.RecipientSeal;
import org.citizenhub.privacy.PersonalDataSeal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mailbox's part of citizen notifications (platform-casework does the rest): its catalogue, and recipients sealed
 * with the mailbox's personal-data key.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationCatalogue notificationCatalogue() {
        return NotificationCatalogue.of(MailboxNotifications.TEXTS, MailboxNotifications.KINDS);
    }

    @Bean
    RecipientSeal notificationRecipientSeal(PersonalDataSeal seal) {
        return RecipientSeal.of(seal::seal, seal::open);
    }
}
