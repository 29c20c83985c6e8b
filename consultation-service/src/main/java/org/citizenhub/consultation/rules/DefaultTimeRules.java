package org.citizenhub.consultation.rules;

import org.citizenhub.consultation.cases.domain.CaseKind;

/** The named policies that apply when an administrator has set nothing for a kind and category. */
public final class DefaultTimeRules {

    private DefaultTimeRules() {
    }

    public static TimeRule of(CaseKind kind, String deadline) {
        if (TimeRule.Deadlines.CO_HANDLING.equals(deadline)) {
            return CoHandlingPartPolicy.WITHIN_3_WORKING_DAYS.rule(kind);
        }
        return switch (kind) {
            case ERROR_REPORT -> ErrorReportReplyPolicy.WITHIN_3_WORKING_DAYS.rule();
            case CONSULTATION -> ConsultationReplyPolicy.WITHIN_5_WORKING_DAYS.rule();
            case COMPLAINT -> InvestigationPolicy.COMPLAINTS_NEED_INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS.rule();
            case SUGGESTION -> InvestigationPolicy.SUGGESTIONS_NEED_INITIAL_INVESTIGATION_WITHIN_15_WORKING_DAYS.rule();
        };
    }

    /** The case's own first deadline: "investigation" for complaints and suggestions, "reply" for the others. */
    public static String firstDeadline(CaseKind kind) {
        return kind.needsInvestigation() ? TimeRule.Deadlines.INVESTIGATION : TimeRule.Deadlines.REPLY;
    }
}
