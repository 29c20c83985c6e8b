package org.citizenhub.consultation.rules;

import java.util.Objects;

import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;

/**
 * A time limit for one deadline of a kind of case, in one unit; {@code category} {@value #ANY_CATEGORY} applies to
 * every category of the kind unless a category has its own.
 *
 * @param deadline "reply", "investigation" or "co-handling"
 * @param dueSoon  the warning threshold, in the same unit
 */
public record TimeRule(CaseKind kind, String category, String deadline, LimitUnit unit, int amount, int dueSoon) {

    public static final String ANY_CATEGORY = "*";
    public static final int LONGEST = 365;

    public TimeRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(category, "category");
        if (!Deadlines.ALL.contains(deadline)) {
            throw new IllegalArgumentException("deadline: one of " + Deadlines.ALL);
        }
        if (amount < 1 || amount > LONGEST) {
            throw new IllegalArgumentException("amount: 1–" + LONGEST);
        }
        if (dueSoon < 0 || dueSoon > amount) {
            throw new IllegalArgumentException("dueSoon: 0–" + amount);
        }
    }

    /** A stable code for the clock started by the rule, e.g. {@code complaint-investigation-safety-hazard}. */
    public String code() {
        String base = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + deadline;
        return ANY_CATEGORY.equals(category) ? base
                : base + "-" + category.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public TimeRule forCategory(String other) {
        return new TimeRule(kind, other, deadline, unit, amount, dueSoon);
    }

    /** The deadlines a rule can be set for. */
    public static final class Deadlines {
        public static final String REPLY = "reply";
        public static final String INVESTIGATION = "investigation";
        public static final String CO_HANDLING = "co-handling";
        public static final java.util.Set<String> ALL = java.util.Set.of(REPLY, INVESTIGATION, CO_HANDLING);

        private Deadlines() {
        }
    }
}
