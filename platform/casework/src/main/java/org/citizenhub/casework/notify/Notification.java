package org.citizenhub.casework.notify;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to tell one citizen about their case, through one channel.
 *
 * <p>Parameters are named and checked against the {@link NotificationKind}: every required one is present and not
 * blank, no undeclared one is given, none is longer than {@value #MAX_PARAM_LENGTH} characters. They are stored
 * unencrypted, so they never carry the case's body or personal data (see {@link NotificationKind}). The recipient
 * (e-mail address or phone number) is stored sealed and never logged in full.
 *
 * @param trackingNumber the case's tracking number, e.g. {@code ML20261123000042}; templates get it as
 *                       <code>{trackingNumber}</code>
 * @param channel        how to reach the citizen
 * @param recipient      the e-mail address ({@link ContactChannel#EMAIL}) or phone number ({@link ContactChannel#SMS});
 *                       {@code null} for {@link ContactChannel#SITE}
 * @param kind           what happened, from the service's {@link NotificationCatalogue}
 * @param locale         the citizen's language: {@code zh-CN} (also for {@code null} and anything that is not English)
 *                       or {@code en}
 * @param params         message parameters by name
 */
public record Notification(String trackingNumber, ContactChannel channel, String recipient, NotificationKind kind,
                           Locale locale, Map<String, String> params) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /**
     * The longest parameter value: room for a one-paragraph reason (a 1,000-character note and its label), far
     * below a case body; a guard, not a licence to send long texts.
     */
    public static final int MAX_PARAM_LENGTH = 1_100;

    private static final int MAX_TRACKING_NUMBER_LENGTH = 32;

    public Notification {
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > MAX_TRACKING_NUMBER_LENGTH) {
            throw new IllegalArgumentException("trackingNumber is required (at most " + MAX_TRACKING_NUMBER_LENGTH
                    + " characters)");
        }
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (channel == ContactChannel.SITE) {
            if (recipient != null) {
                throw new IllegalArgumentException("a SITE notification has no recipient");
            }
        } else if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("a " + channel + " notification needs a recipient");
        } else {
            recipient = recipient.strip();
        }
        locale = supported(locale);
        params = params == null ? Map.of() : Map.copyOf(params);
        var declared = kind.params();
        for (var param : params.entrySet()) {
            if (!declared.contains(param.getKey())) {
                throw new IllegalArgumentException("unknown notification parameter '" + param.getKey() + "' for "
                        + kind + "; allowed: " + declared);
            }
            if (param.getValue().length() > MAX_PARAM_LENGTH) {
                throw new IllegalArgumentException("notification parameter '" + param.getKey() + "' is longer than "
                        + MAX_PARAM_LENGTH + " characters: parameters are short phrases, never a case's text");
            }
        }
        for (String name : kind.required()) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(kind + " needs parameter '" + name + "'");
            }
        }
    }

    /** A notification in the default language, zh-CN. */
    public Notification(String trackingNumber, ContactChannel channel, String recipient, NotificationKind kind,
                        Map<String, String> params) {
        this(trackingNumber, channel, recipient, kind, CHINESE, params);
    }

    /** zh-CN or en: English for any English locale, Simplified Chinese for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The parameter, or {@code null}. */
    public String param(String name) {
        return params.get(name);
    }

    /** Keeps the recipient out of logs. */
    @Override
    public String toString() {
        return "Notification[trackingNumber=" + trackingNumber + ", channel=" + channel + ", recipient="
                + Contacts.mask(recipient) + ", kind=" + kind + ", locale=" + locale.toLanguageTag() + "]";
    }
}
