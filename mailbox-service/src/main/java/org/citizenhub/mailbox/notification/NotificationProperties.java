package org.citizenhub.mailbox.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hub.mailbox.notifications.*}.
 *
 * @param enabled          whether citizens are notified at all; when false, {@link CitizenNotifier#enqueue} stores
 *                         nothing and no dispatcher runs
 * @param from             the sender of notification e-mails, e.g. {@code 市长信箱 <no-reply@citizenhub.example>}
 * @param dispatchInterval pause between two rounds of sending due notifications (one replica at a time)
 */
@ConfigurationProperties("hub.mailbox.notifications")
public record NotificationProperties(@DefaultValue("true") boolean enabled, String from,
                                     @DefaultValue("5s") Duration dispatchInterval) {
}
