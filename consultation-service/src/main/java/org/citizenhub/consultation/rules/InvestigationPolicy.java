package org.citizenhub.consultation.rules;

import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;

/**
 * 投诉 and 建议: the initial investigation ends within 15 working days of acceptance, with an answer or a promised
 * completion date.
 */
public enum InvestigationPolicy implements NamedTimeRule {
    COMPLAINTS_NEED_INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS(CaseKind.COMPLAINT),
    SUGGESTIONS_NEED_INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS(CaseKind.SUGGESTION);

    private final CaseKind kind;

    InvestigationPolicy(CaseKind kind) {
        this.kind = kind;
    }

    @Override
    public TimeRule rule() {
        return new TimeRule(kind, TimeRule.ANY_CATEGORY, TimeRule.Deadlines.INVESTIGATION,
                LimitUnit.WORKING_DAYS, 15, 3);
    }
}
