package org.citizenhub.events;

import java.util.regex.Pattern;

/**
 * Naming rules of the event contract.
 *
 * <ul>
 *   <li>type: {@code gov.hub.<service>.<entity>.<event>.v<N>}, e.g. {@code gov.hub.mailbox.letter.replied.v1}
 *   (past tense; a published version never changes, a breaking change is a new {@code vN+1});</li>
 *   <li>topic: one per service and entity, {@code gov.hub.<service>.<entity>}, e.g. {@code gov.hub.mailbox.letter}.</li>
 * </ul>
 */
public final class EventTypes {

    public static final Pattern TYPE = Pattern.compile("^gov\\.hub\\.[a-z-]+\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$");
    public static final Pattern TOPIC = Pattern.compile("^gov\\.hub\\.[a-z-]+\\.[a-z-]+$");

    private EventTypes() {
    }

    public static boolean isValidType(String type) {
        return type != null && TYPE.matcher(type).matches();
    }

    public static boolean isValidTopic(String topic) {
        return topic != null && TOPIC.matcher(topic).matches();
    }

    /** The type, if it follows {@code gov.hub.<service>.<entity>.<event>.v<N>}. */
    public static String requireValidType(String type) {
        if (!isValidType(type)) {
            throw new IllegalArgumentException("Event type '" + type
                    + "' does not follow gov.hub.<service>.<entity>.<event>.v<N> (lower case, e.g. "
                    + "gov.hub.mailbox.letter.submitted.v1)");
        }
        return type;
    }

    /** The topic, if it follows {@code gov.hub.<service>.<entity>}. */
    public static String requireValidTopic(String topic) {
        if (!isValidTopic(topic)) {
            throw new IllegalArgumentException("Topic '" + topic
                    + "' does not follow gov.hub.<service>.<entity> (lower case, e.g. gov.hub.mailbox.letter)");
        }
        return topic;
    }
}
