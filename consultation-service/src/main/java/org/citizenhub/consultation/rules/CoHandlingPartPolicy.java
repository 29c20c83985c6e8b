package org.citizenhub.consultation.rules;

import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;

/** 协办: a co-handling department gives its part within 3 working days of the dispatch, for every kind. */
public enum CoHandlingPartPolicy {
    WITHIN_3_WORKING_DAYS;

    public TimeRule rule(CaseKind kind) {
        return new TimeRule(kind, TimeRule.ANY_CATEGORY, TimeRule.Deadlines.CO_HANDLING,
                LimitUnit.WORKING_DAYS, 3, 1);
    }
}
