package org.citizenhub.consultation.cases.domain;

import org.citizenhub.calendar.DeadlineRule;

/**
 * The time rule for a deadline of a kind and category, as an administrator configured it or by the named default
 * policy (implemented by the rules feature, so that the case feature does not depend on it).
 */
public interface DeadlineRules {

    /** @param deadline "reply", "investigation" or "co-handling" */
    DeadlineRule<?> ruleFor(CaseKind kind, String category, String deadline);

    /** A rule that ends at the close of office on {@code workingDays} working days: a promised completion date. */
    DeadlineRule<?> completionRule(CaseKind kind, int workingDays);
}
