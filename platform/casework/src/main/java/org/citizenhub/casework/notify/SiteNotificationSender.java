package org.citizenhub.casework.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's own inbox: the citizen sees the case's new state in their list of cases on the site, which reads the
 * service's own tables, so there is nothing to send; the row is marked sent.
 */
public class SiteNotificationSender implements NotificationSender {

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
