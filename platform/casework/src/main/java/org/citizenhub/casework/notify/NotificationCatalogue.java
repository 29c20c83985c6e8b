package org.citizenhub.casework.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one service tells citizens: its {@link NotificationKind}s and their texts in zh-CN (the default) and en, from
 * the message bundle {@code <basename>.properties} (zh-CN) and {@code <basename>_en.properties} (en), UTF-8.
 * Everything is checked when the catalogue is built, so that a missing or mistyped text fails the service's startup
 * rather than a notification hours later: every kind has its texts in both languages, both files have the same keys,
 * no key belongs to no kind, and each text uses only the parameter names its kind declares.
 *
 * <p>Keys, with {@code K} a kind's {@linkplain NotificationKind#messageKey() message key} ({@code letter-accepted})
 * and {@code p} a parameter's name in key form ({@code dueDate} → {@code due-date}):
 * <ul>
 *   <li>{@code K.subject}, {@code K.body} (required): the e-mail's subject and first paragraph;</li>
 *   <li>{@code K.body.p} or else {@code body.p} (optional): a line appended to the body when optional parameter
 *   {@code p} is given, in the kind's order of optional parameters;</li>
 *   <li>{@code body.footer} (optional): the last paragraph of every e-mail;</li>
 *   <li>{@code K.sms} (required): the text message, and {@code K.sms.short} (optional) sent instead when the former
 *   would not fit in one message of {@value #SMS_LIMIT} characters.</li>
 * </ul>
 * Texts use named placeholders, <code>{title}</code>, plus <code>{trackingNumber}</code>; a {@code K.*} text may use
 * the parameters of kind {@code K}, {@code body.p} only {@code p}, {@code body.footer} none.
 */
public final class NotificationCatalogue {

    /** Characters of one text message in UCS-2, which any Chinese text needs. */
    public static final int SMS_LIMIT = 70;

    /** The languages every catalogue speaks; the first is the default (the bundle without a suffix). */
    public static final List<Locale> LOCALES = List.of(Notification.CHINESE, Notification.ENGLISH);

    private static final String FOOTER = "body.footer";

    public record Email(String subject, String body) {
    }

    private final String basename;
    private final Map<String, NotificationKind> kinds = new LinkedHashMap<>();
    private final Map<Locale, Map<String, MessageTemplate>> texts = new HashMap<>();

    private NotificationCatalogue(String basename, List<NotificationKind> kinds, ClassLoader loader) {
        this.basename = basename;
        if (kinds.isEmpty()) {
            throw new IllegalStateException("notification catalogue " + basename + " declares no kinds");
        }
        for (NotificationKind kind : kinds) {
            if (this.kinds.put(kind.name(), kind) != null) {
                throw new IllegalStateException("notification kind " + kind + " is declared twice in " + basename);
            }
        }
        List<String> problems = new ArrayList<>();
        Map<Locale, Properties> files = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            String file = fileName(locale);
            Properties properties = load(loader, file);
            if (properties == null) {
                problems.add(file + " is missing");
            } else {
                files.put(locale, properties);
            }
        }
        Set<String> allKeys = new TreeSet<>();
        files.values().forEach(p -> allKeys.addAll(p.stringPropertyNames()));
        for (var file : files.entrySet()) {
            Properties properties = file.getValue();
            String name = fileName(file.getKey());
            Map<String, MessageTemplate> parsed = new HashMap<>();
            for (String key : allKeys) {
                String text = properties.getProperty(key);
                if (text == null) {
                    problems.add(name + ": " + key + " is missing (present in another language)");
                    continue;
                }
                Optional<Set<String>> allowed = allowedNames(key);
                if (allowed.isEmpty()) {
                    problems.add(name + ": " + key + " belongs to no declared kind");
                    continue;
                }
                try {
                    MessageTemplate template = MessageTemplate.parse(text);
                    Set<String> unknown = new TreeSet<>(template.names());
                    unknown.removeAll(allowed.get());
                    if (!unknown.isEmpty()) {
                        problems.add(name + ": " + key + " uses " + unknown + ", not declared for it; allowed: "
                                + new TreeSet<>(allowed.get()));
                    }
                    parsed.put(key, template);
                } catch (IllegalArgumentException malformed) {
                    problems.add(name + ": " + key + ": " + malformed.getMessage());
                }
            }
            for (NotificationKind kind : kinds) {
                for (String suffix : List.of(".subject", ".body", ".sms")) {
                    if (!properties.containsKey(kind.messageKey() + suffix)) {
                        problems.add(name + ": " + kind.messageKey() + suffix + " is missing (kind " + kind + ")");
                    }
                }
            }
            texts.put(file.getKey(), Map.copyOf(parsed));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("notification catalogue " + basename + " is incomplete:\n  "
                    + String.join("\n  ", new TreeSet<>(problems)));
        }
    }

    /**
     * The catalogue of these kinds with texts from {@code <basename>.properties} and {@code <basename>_en.properties}
     * on the class path, e.g. {@code NotificationCatalogue.of("notifications", List.of(LETTER_ACCEPTED, ...))}.
     *
     * @throws IllegalStateException listing every problem found, if a text is missing or uses an undeclared name
     */
    public static NotificationCatalogue of(String basename, List<NotificationKind> kinds) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new NotificationCatalogue(basename, List.copyOf(kinds),
                loader != null ? loader : NotificationCatalogue.class.getClassLoader());
    }

    /** The kinds, in the order declared. */
    public List<NotificationKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The declared kind of this name (as stored in {@code notification_outbox.kind}). */
    public Optional<NotificationKind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    public Email email(Notification notification) {
        String key = known(notification).messageKey();
        Map<String, String> values = values(notification);
        Map<String, MessageTemplate> bundle = texts.get(notification.locale());
        String subject = bundle.get(key + ".subject").render(values);
        StringBuilder body = new StringBuilder(bundle.get(key + ".body").render(values));
        for (String param : notification.kind().optional()) {
            if (notification.param(param) == null) {
                continue;
            }
            MessageTemplate line = bundle.getOrDefault(key + ".body." + NotificationKind.keyOf(param),
                    bundle.get("body." + NotificationKind.keyOf(param)));
            if (line != null) {
                body.append('\n').append(line.render(values));
            }
        }
        MessageTemplate footer = bundle.get(FOOTER);
        if (footer != null) {
            body.append("\n\n").append(footer.render(values));
        }
        body.append('\n');
        return new Email(subject, body.toString());
    }

    /** The text message: the full one if it fits in {@value #SMS_LIMIT} characters, else the short one if any. */
    public String sms(Notification notification) {
        String key = known(notification).messageKey() + ".sms";
        Map<String, String> values = values(notification);
        Map<String, MessageTemplate> bundle = texts.get(notification.locale());
        String text = bundle.get(key).render(values);
        MessageTemplate shorter = bundle.get(key + ".short");
        return text.length() > SMS_LIMIT && shorter != null ? shorter.render(values) : text;
    }

    private NotificationKind known(Notification notification) {
        NotificationKind kind = kinds.get(notification.kind().name());
        if (kind == null || !kind.equals(notification.kind())) {
            throw new IllegalArgumentException("notification kind " + notification.kind() + " is not in catalogue "
                    + basename);
        }
        return kind;
    }

    private static Map<String, String> values(Notification notification) {
        var values = new HashMap<>(notification.params());
        values.put(NotificationKind.TRACKING_NUMBER, notification.trackingNumber());
        return values;
    }

    /** The placeholder names a key's text may use, or empty if the key belongs to no kind. */
    private Optional<Set<String>> allowedNames(String key) {
        String tn = NotificationKind.TRACKING_NUMBER;
        if (key.equals(FOOTER)) {
            return Optional.of(Set.of(tn));
        }
        if (key.startsWith("body.")) {
            String paramKey = key.substring("body.".length());
            return kinds.values().stream().flatMap(k -> k.optional().stream())
                    .filter(p -> NotificationKind.keyOf(p).equals(paramKey)).findFirst()
                    .map(p -> Set.of(p, tn));
        }
        for (NotificationKind kind : kinds.values()) {
            String prefix = kind.messageKey() + ".";
            if (!key.startsWith(prefix)) {
                continue;
            }
            String rest = key.substring(prefix.length());
            boolean known = rest.equals("subject") || rest.equals("body") || rest.equals("sms")
                    || rest.equals("sms.short") || kind.optional().stream()
                    .anyMatch(p -> rest.equals("body." + NotificationKind.keyOf(p)));
            if (known) {
                var names = new java.util.HashSet<>(kind.params());
                names.add(tn);
                return Optional.of(names);
            }
        }
        return Optional.empty();
    }

    private String fileName(Locale locale) {
        return locale.equals(LOCALES.getFirst()) ? basename + ".properties"
                : basename + "_" + locale.getLanguage() + ".properties";
    }

    private static Properties load(ClassLoader loader, String file) {
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return "NotificationCatalogue[" + basename + ", kinds=" + kinds.keySet() + "]";
    }
}
