package org.citizenhub.mailbox.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders notifications from the message bundle {@code notifications} ({@code notifications.properties}: Simplified
 * Chinese, the default; {@code notifications_en.properties}: English). Patterns are {@link MessageFormat}s whose
 * positions are fixed: <code>{0}</code> the tracking number, then {@link Notification#PARAMS} in order
 * (<code>{1}</code> title, <code>{2}</code> mailbox, <code>{3}</code> reason, <code>{4}</code> due date,
 * <code>{5}</code> query URL); a missing optional parameter renders as nothing.
 *
 * <p>Keys, with {@code K} the kind's key ({@code letter-accepted}, {@code letter-answered},
 * {@code letter-not-accepted}):
 * <ul>
 *   <li>{@code K.subject}, {@code K.body}: the e-mail; {@code K.body.due-date} and {@code body.query-url} are appended
 *   when that parameter is given, {@code body.footer} always;</li>
 *   <li>{@code K.sms}: the text message, and {@code K.sms.short} if the former would not fit in one message of
 *   {@value #SMS_LIMIT} characters.</li>
 * </ul>
 */
public final class NotificationMessages {

    /** Characters of one text message in UCS-2, which any Chinese text needs. */
    public static final int SMS_LIMIT = 70;

    public record Email(String subject, String body) {
    }

    private static final String BASENAME = "notifications";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public NotificationMessages() {
        // fail at startup, not at the first send, if a bundle is missing
        bundle(Notification.CHINESE);
        bundle(Notification.ENGLISH);
    }

    public Email email(Notification notification) {
        ResourceBundle bundle = bundle(notification.locale());
        String key = notification.kind().messageKey();
        String subject = format(bundle, key + ".subject", notification);
        StringBuilder body = new StringBuilder(format(bundle, key + ".body", notification));
        if (notification.param(Notification.DUE_DATE) != null && bundle.containsKey(key + ".body.due-date")) {
            body.append('\n').append(format(bundle, key + ".body.due-date", notification));
        }
        if (notification.param(Notification.QUERY_URL) != null) {
            body.append('\n').append(format(bundle, "body.query-url", notification));
        }
        body.append("\n\n").append(format(bundle, "body.footer", notification)).append('\n');
        return new Email(subject, body.toString());
    }

    /** The text message: the full one if it fits in {@value #SMS_LIMIT} characters, else the short one if any. */
    public String sms(Notification notification) {
        ResourceBundle bundle = bundle(notification.locale());
        String key = notification.kind().messageKey() + ".sms";
        String text = format(bundle, key, notification);
        if (text.length() > SMS_LIMIT && bundle.containsKey(key + ".short")) {
            return format(bundle, key + ".short", notification);
        }
        return text;
    }

    private static String format(ResourceBundle bundle, String key, Notification notification) {
        Object[] args = new Object[Notification.PARAMS.size() + 1];
        args[0] = notification.trackingNumber();
        for (int i = 0; i < Notification.PARAMS.size(); i++) {
            String value = notification.param(Notification.PARAMS.get(i));
            args[i + 1] = value == null ? "" : value;
        }
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            // no fallback to the JVM's default locale: zh-CN must find the base bundle even on an English machine
            return ResourceBundle.getBundle(BASENAME, Notification.supported(locale), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message bundle " + BASENAME + " is missing", e);
        }
    }
}
