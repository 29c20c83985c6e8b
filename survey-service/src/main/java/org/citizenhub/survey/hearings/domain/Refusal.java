package org.citizenhub.survey.hearings.domain;

import java.util.List;

/** A policy said no: which rule, and the values its reason quotes (times already in local form). */
public record Refusal(HearingRule rule, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    static Refusal of(HearingRule rule, Object... args) {
        return new Refusal(rule, List.of(args));
    }
}
