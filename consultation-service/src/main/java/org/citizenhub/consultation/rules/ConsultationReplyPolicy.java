package org.citizenhub.consultation.rules;

import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;

/** 咨询: answered within 5 working days unless an administrator sets another limit (local practice is 3–5). */
public enum ConsultationReplyPolicy implements NamedTimeRule {
    WITHIN_5_WORKING_DAYS;

    @Override
    public TimeRule rule() {
        return new TimeRule(CaseKind.CONSULTATION, TimeRule.ANY_CATEGORY, TimeRule.Deadlines.REPLY,
                LimitUnit.WORKING_DAYS, 5, 1);
    }
}
