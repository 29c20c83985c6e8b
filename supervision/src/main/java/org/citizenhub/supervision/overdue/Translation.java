package org.citizenhub.supervision.overdue;

import java.util.List;

/** What one event means for the read model: facts about cases and about ratings (often none: not every event counts). */
record Translation(List<CaseFact> cases, List<RatingFact> ratings) {

    static final Translation NOTHING = new Translation(List.of(), List.of());

    static Translation of(CaseFact... facts) {
        return new Translation(List.of(facts), List.of());
    }

    boolean isEmpty() {
        return cases.isEmpty() && ratings.isEmpty();
    }
}
