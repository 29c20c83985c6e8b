package org.citizenhub.casework.notify;

/**
 * Text messages: the catalogue's {@code K.sms} text (or {@code K.sms.short} if the former would not fit in one message
 * of {@value NotificationCatalogue#SMS_LIMIT} characters) through the {@link SmsGateway}.
 */
public class SmsNotificationSender implements NotificationSender {

    private final NotificationCatalogue catalogue;
    private final SmsGateway gateway;

    public SmsNotificationSender(NotificationCatalogue catalogue, SmsGateway gateway) {
        this.catalogue = catalogue;
        this.gateway = gateway;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.SMS;
    }

    @Override
    public void send(Notification notification) {
        gateway.send(notification.recipient(), catalogue.sms(notification));
    }
}
