package org.citizenhub.mailbox.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The site itself: the citizen sees the letter's new state in "my letters", so there is nothing to send. */
@Component
class SiteNotificationSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(SiteNotificationSender.class);

    @Override
    public ContactChannel channel() {
        return ContactChannel.SITE;
    }

    @Override
    public void send(Notification notification) {
        log.debug("{} {}: shown on the site, nothing to send", notification.kind(), notification.trackingNumber());
    }
}
