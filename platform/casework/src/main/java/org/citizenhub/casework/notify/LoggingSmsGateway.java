package org.citizenhub.casework.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes text messages to the log (masked phone number and the text) instead of sending them. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phoneNumber, String text) {
        log.info("SMS to {} ({} characters): {}", Contacts.mask(phoneNumber), text.length(), text);
    }
}
