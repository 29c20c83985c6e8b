package org.citizenhub.casework.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.citizenhub.casework.actor.Actor;

/**
 * One step of a case as its history keeps it: what was done ({@code action}, the service's own vocabulary, e.g.
 * {@code ACCEPTED}), from which status to which, by whom, when, and the step's particulars.
 *
 * @param fromStatus null for the step that created the case
 * @param details    JSON-serializable values (strings, numbers, booleans, instants, lists, maps); no case text
 *                   and no personal data, since history is shown to staff of other departments and kept forever
 */
public record CaseStep(String action, String fromStatus, String toStatus, Actor actor, Instant at,
                       Map<String, Object> details) {

    public CaseStep {
        requireName(action, "action");
        requireName(toStatus, "toStatus");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        // insertion order kept (it is the order the history shows); nulls allowed, unlike Map.copyOf
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static CaseStep of(String action, String fromStatus, String toStatus, Actor actor, Instant at) {
        return new CaseStep(action, fromStatus, toStatus, actor, at, Map.of());
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A case step needs " + what);
        }
    }
}
