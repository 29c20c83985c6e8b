package org.citizenhub.casework.notify;

/**
 * Sends one text message. The hub has no SMS gateway contract yet, so the library's {@link LoggingSmsGateway} only
 * logs; a gateway's client becomes a bean of this type and replaces it.
 */
public interface SmsGateway {

    /**
     * @throws UndeliverableNotificationException if the number is refused for good
     * @throws RuntimeException                   on any other failure; the message is tried again later
     */
    void send(String phoneNumber, String text);
}
