package org.citizenhub.casework.notify;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP with Spring's {@link JavaMailSender} (Angus Mail): a plain-text UTF-8 message from
 * {@code hub.notifications.from}, subject and body from the {@link NotificationCatalogue}. A malformed or refused
 * address is {@linkplain UndeliverableNotificationException undeliverable}; an unreachable or failing server is an
 * ordinary failure, tried again later.
 */
public class EmailNotificationSender implements NotificationSender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationCatalogue catalogue;
    private final InternetAddress from;
    private final Clock clock;

    public EmailNotificationSender(ObjectProvider<JavaMailSender> mailSender, NotificationCatalogue catalogue,
                                   String from, Clock clock) {
        this.mailSender = mailSender;
        this.catalogue = catalogue;
        this.from = parseFrom(from);
        this.clock = clock;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.EMAIL;
    }

    @Override
    public void send(Notification notification) {
        if (from == null) {
            throw new IllegalStateException("hub.notifications.from must be set");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no mail server configured (spring.mail.host)");
        }
        InternetAddress to;
        try {
            to = new InternetAddress(notification.recipient(), true);
        } catch (AddressException e) {
            throw new UndeliverableNotificationException("malformed e-mail address", null);
        }
        NotificationCatalogue.Email email = catalogue.email(notification);
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from.getAddress(), from.getPersonal());
            helper.setTo(to);
            helper.setSubject(email.subject());
            helper.setText(email.body(), false);
            helper.setSentDate(Date.from(clock.instant()));
            // RFC 3834: no auto-replies (out-of-office) to a notification
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException(e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            if (refusedRecipient(e)) {
                throw new UndeliverableNotificationException("the mail server refused the address", e);
            }
            throw e;
        }
    }

    /** True if the server answered that the recipient does not exist or is not accepted (permanent 5xx). */
    private static boolean refusedRecipient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != cause.getCause()) {
                if (refusedRecipient(messaging.getNextException())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code null} if not set, which {@link NotificationProperties} allows only while notifications are disabled. */
    private static InternetAddress parseFrom(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return new InternetAddress(from.strip(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("hub.notifications.from is not an e-mail address: " + from, e);
        }
    }
}
