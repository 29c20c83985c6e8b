package org.citizenhub.mailbox.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to tell one citizen about their letter, through one channel.
 *
 * <p>Parameters are plain strings, already formatted for the citizen's locale (e.g. {@code dueDate}
 * "2026年12月8日" or "8 December 2026"); only the names in {@link #PARAMS} are allowed, because they are stored
 * unencrypted with the queued notification: never put the letter's body or personal data other than its title in
 * them. The recipient (e-mail address or phone number) is stored encrypted and never logged in full.
 *
 * @param trackingNumber the letter's tracking number, e.g. {@code ML20261123000042}
 * @param channel        how to reach the citizen
 * @param recipient      the e-mail address ({@link ContactChannel#EMAIL}) or phone number ({@link ContactChannel#SMS});
 *                       {@code null} for {@link ContactChannel#SITE}
 * @param kind           what happened to the letter
 * @param locale         the citizen's language: {@code zh-CN} (also the default for {@code null} and anything that is
 *                       not English) or {@code en}
 * @param params         message parameters by name ({@link #TITLE}, {@link #MAILBOX}, {@link #REASON},
 *                       {@link #DUE_DATE}, {@link #QUERY_URL}); see {@link NotificationKind} for which are required
 */
public record Notification(String trackingNumber, ContactChannel channel, String recipient, NotificationKind kind,
                           Locale locale, Map<String, String> params) {

    /** The letter's title. */
    public static final String TITLE = "title";
    /** The mailbox's name in the citizen's language, e.g. 市长信箱. */
    public static final String MAILBOX = "mailbox";
    /** Why the letter was not accepted. */
    public static final String REASON = "reason";
    /** When an answer is due, formatted for the citizen. */
    public static final String DUE_DATE = "dueDate";
    /** Where the citizen can follow the letter. */
    public static final String QUERY_URL = "queryUrl";

    /**
     * The allowed parameter names, in the order of their MessageFormat positions in {@code notifications.properties}:
     * <code>{0}</code> is the tracking number, <code>{1}</code> the title, ..., <code>{5}</code> the query URL.
     */
    public static final List<String> PARAMS = List.of(TITLE, MAILBOX, REASON, DUE_DATE, QUERY_URL);

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    public Notification {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber is required");
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
        for (String name : params.keySet()) {
            if (!PARAMS.contains(name)) {
                throw new IllegalArgumentException("unknown notification parameter '" + name + "'; allowed: " + PARAMS);
            }
        }
        for (String name : kind.requiredParams()) {
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
