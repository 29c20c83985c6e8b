package org.citizenhub.mailbox.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Text messages, for now written to the log (masked phone number and the text) instead of going to an SMS gateway;
 * a gateway's client replaces this bean behind {@link NotificationSender}. The text fits one message of
 * {@value NotificationMessages#SMS_LIMIT} characters where the parameters allow.
 */
@Component
class LoggingSmsSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    private final NotificationMessages messages;

    LoggingSmsSender(NotificationMessages messages) {
        this.messages = messages;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.SMS;
    }

    @Override
    public void send(Notification notification) {
        String text = messages.sms(notification);
        log.info("SMS to {} ({} characters): {}", Contacts.mask(notification.recipient()), text.length(), text);
    }
}
