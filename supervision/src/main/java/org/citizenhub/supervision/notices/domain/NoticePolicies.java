package org.citizenhub.supervision.notices.domain;

/**
 * The rules of 督办 that depend on who acts and on settings, one named method each. Scope ("does this supervisor's
 * scope cover the department?") is computed by the caller from the site directory and passed in, so that the rule
 * stays plain Java. The phase rules (reply only when awaited, review only a reply) are {@link Notice}'s own.
 */
public final class NoticePolicies {

    private NoticePolicies() {
    }

    /** 督办 is issued, and replies are accepted or sent back, by supervisors only. */
    public static Allowance onlySupervisorsSupervise(Staff staff) {
        return Allowance.when(staff.has(Staff.SUPERVISOR), NoticeRule.SUPERVISORS_ONLY);
    }

    /**
     * A supervisor acts only on cases of departments within their scope: hub-wide without a site, or the
     * departments of their site's subtree (a district's supervisor never supervises the other district).
     */
    public static Allowance supervisorsActWithinTheirScope(boolean departmentInScope, String caseLabel,
                                                           String department) {
        return Allowance.when(departmentInScope, NoticeRule.CASE_OUTSIDE_SCOPE, caseLabel, department);
    }

    /** The department answers: a handler or the department head (部门负责人) of the notice's department. */
    public static Allowance theNoticedDepartmentAnswers(Staff staff, Notice notice) {
        boolean ofDepartment = notice.department().equals(staff.department())
                && (staff.has(Staff.HANDLER) || staff.has(Staff.DEPARTMENT_HEAD));
        return Allowance.when(ofDepartment, NoticeRule.NOT_THE_NOTICED_DEPARTMENT, notice.number(),
                notice.department());
    }

    /** A case is supervised through its handling department; without one nobody could answer. */
    public static Allowance aCaseNeedsItsHandlingDepartment(String department, String caseLabel) {
        return Allowance.when(department != null && !department.isBlank(), NoticeRule.CASE_WITHOUT_DEPARTMENT,
                caseLabel);
    }

    /** One open notice per case: a further notice waits until the open one is accepted. */
    public static Allowance oneOpenNoticePerCase(String openNoticeNumber, String caseLabel) {
        return Allowance.when(openNoticeNumber == null, NoticeRule.ONE_OPEN_NOTICE_PER_CASE, caseLabel,
                openNoticeNumber);
    }

    /** The reply deadline is 1 to {@code longest} working days. */
    public static Allowance replyWithinWorkingDays(int workingDays, int longest) {
        return Allowance.when(workingDays >= 1 && workingDays <= longest, NoticeRule.REPLY_DEADLINE_OUT_OF_RANGE,
                workingDays, longest);
    }

    /** Measures and comments say something, within {@code maxLength} characters. */
    public static Allowance textGiven(String text, int maxLength) {
        return Allowance.when(text != null && !text.isBlank() && text.strip().length() <= maxLength,
                NoticeRule.TEXT_REQUIRED, maxLength);
    }

    /** A reply is sent back for another round only while fewer than {@code maxRounds} rounds have been run. */
    public static Allowance roundsAreLimited(Notice notice, int maxRounds) {
        return Allowance.when(notice.phase().round() < maxRounds, NoticeRule.ROUND_LIMIT_REACHED, notice.number(),
                maxRounds);
    }
}
