package org.citizenhub.casework.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One kind of thing a service tells a citizen (e.g. the mailbox's {@code LETTER_ACCEPTED}), with the named
 * parameters its texts may use. A service declares its kinds as constants and lists them in its
 * {@link NotificationCatalogue}; the name is what {@code notification_outbox.kind} stores, so a kind is never renamed
 * once notifications of it may be queued.
 *
 * <p>Parameters are short plain-text phrases already formatted for the citizen's locale (a title, an office's name,
 * a reason, a date, a link). They are stored unencrypted with the queued notification, so they never carry a case's
 * body, a reply, or personal data (name, ID number, address, contact details): the recipient is the only personal
 * datum of a notification, and it is stored sealed. {@link Notification} refuses names a kind does not declare and
 * values longer than {@value Notification#MAX_PARAM_LENGTH} characters.
 *
 * @param name     upper-case with underscores, e.g. {@code LETTER_ACCEPTED}; its texts are under the message key
 *                 {@link #messageKey()}, e.g. {@code letter-accepted}
 * @param required parameters every notification of this kind carries
 * @param optional parameters it may carry, in the order their optional e-mail lines are appended
 */
public record NotificationKind(String name, List<String> required, List<String> optional) {

    /** Always available to templates as <code>{trackingNumber}</code>; not a parameter. */
    public static final String TRACKING_NUMBER = "trackingNumber";

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern PARAM = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final int MAX_NAME_LENGTH = 64;

    public NotificationKind {
        if (name == null || name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a notification kind is named like LETTER_ACCEPTED (at most "
                    + MAX_NAME_LENGTH + " characters): " + name);
        }
        required = List.copyOf(required == null ? List.of() : required);
        optional = List.copyOf(optional == null ? List.of() : optional);
        Set<String> seen = new LinkedHashSet<>();
        for (String param : concat(required, optional)) {
            if (!PARAM.matcher(param).matches() || param.length() > 32) {
                throw new IllegalArgumentException(name + ": a parameter is named like dueDate: " + param);
            }
            if (param.equals(TRACKING_NUMBER)) {
                throw new IllegalArgumentException(name + ": " + TRACKING_NUMBER + " is always given, not a parameter");
            }
            if (!seen.add(param)) {
                throw new IllegalArgumentException(name + ": parameter " + param + " is declared twice");
            }
        }
    }

    /** A kind with required parameters only. */
    public static NotificationKind of(String name, String... required) {
        return new NotificationKind(name, List.of(required), List.of());
    }

    /** This kind with these optional parameters (in the order their e-mail lines are appended). */
    public NotificationKind withOptional(String... optional) {
        return new NotificationKind(name, required, List.of(optional));
    }

    /** Every parameter this kind declares. */
    public Set<String> params() {
        return new LinkedHashSet<>(concat(required, optional));
    }

    /** The prefix of this kind's keys in the catalogue's message bundle, e.g. {@code letter-accepted}. */
    public String messageKey() {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A parameter's name in message keys: {@code dueDate} → {@code due-date}. */
    static String keyOf(String param) {
        return param.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<String>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public String toString() {
        return name;
    }
}
