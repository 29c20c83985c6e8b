package org.citizenhub.supervision.overdue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/** Reads an event's JSON data; a required field that is missing or malformed makes the event unreadable. */
record Payload(JsonNode node) {

    String text(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : blankToNull(v.asString());
    }

    String requireText(String field) {
        String v = text(field);
        if (v == null) {
            throw new UnreadableEvent("missing " + field);
        }
        return v;
    }

    Instant instant(String field) {
        String v = text(field);
        try {
            return v == null ? null : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new UnreadableEvent("malformed " + field + ": " + v);
        }
    }

    Instant requireInstant(String field) {
        Instant v = instant(field);
        if (v == null) {
            throw new UnreadableEvent("missing " + field);
        }
        return v;
    }

    Boolean bool(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    Integer integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw new UnreadableEvent("not a whole number: " + field);
        }
        return v.intValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** An event the intake cannot read: parked with this reason, never retried. */
    static final class UnreadableEvent extends RuntimeException {
        UnreadableEvent(String reason) {
            super(reason);
        }
    }
}
