package org.citizenhub.consultation.rules;

import org.citizenhub.calendar.LimitUnit;
import org.citizenhub.consultation.cases.domain.CaseKind;

/** 网民纠错: an error on a government web page is answered within 3 working days. */
public enum ErrorReportReplyPolicy implements NamedTimeRule {
    WITHIN_3_WORKING_DAYS;

    @Override
    public TimeRule rule() {
        return new TimeRule(CaseKind.ERROR_REPORT, TimeRule.ANY_CATEGORY, TimeRule.Deadlines.REPLY,
                LimitUnit.WORKING_DAYS, 3, 1);
    }
}
