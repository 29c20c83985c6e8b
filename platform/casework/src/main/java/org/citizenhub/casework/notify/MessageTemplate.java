package org.citizenhub.casework.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with named placeholders, <code>{title}</code>. Values are inserted as they are (a value containing
 * <code>{0}</code> or quotes stays data, never becomes a pattern); a missing optional value renders as nothing.
 * Braces are only for placeholders: a <code>{</code> or <code>}</code> that is not part of one is refused, which also
 * catches a leftover positional <code>{0}</code>.
 */
final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    /** Literal text and placeholder names, alternating: even indexes are text, odd ones names. */
    private final List<String> parts;

    private MessageTemplate(List<String> parts) {
        this.parts = parts;
    }

    static MessageTemplate parse(String text) {
        var parts = new ArrayList<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            parts.add(literal(text.substring(at, m.start())));
            parts.add(m.group(1));
            at = m.end();
        }
        parts.add(literal(text.substring(at)));
        return new MessageTemplate(List.copyOf(parts));
    }

    private static String literal(String text) {
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            throw new IllegalArgumentException("braces only mark named placeholders such as {title}: "
                    + text.strip());
        }
        return text;
    }

    /** The placeholder names used. */
    Set<String> names() {
        var names = new LinkedHashSet<String>();
        for (int i = 1; i < parts.size(); i += 2) {
            names.add(parts.get(i));
        }
        return names;
    }

    String render(Map<String, String> values) {
        var out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
            } else {
                String value = values.get(parts.get(i));
                out.append(value == null ? "" : value);
            }
        }
        return out.toString();
    }
}
