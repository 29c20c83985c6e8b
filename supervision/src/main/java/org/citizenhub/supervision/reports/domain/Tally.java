package org.citizenhub.supervision.reports.domain;

/**
 * What was counted for one line of a report in its period, before any division.
 *
 * @param received          cases received (submitted) in the period
 * @param handled           cases handled (answered, decided, feedback published) in the period
 * @param handledOnTime     of those, handled before their deadline
 * @param workingDays       the sum of the working days from receipt to handling of the handled cases
 * @param rated             ratings given in the period (hall 好差评 and the letters' and cases' evaluations)
 * @param satisfactionSum   the sum of their satisfaction, 1–5
 * @param satisfied         of those, 满意 or 非常满意 (4 or 5)
 * @param bad               of those, bad ratings (差评)
 * @param badRectified      of the bad ones, rectified (整改完成) by the time of the report
 * @param notices           supervision notices (督办) issued in the period, and how many of them were replied
 */
public record Tally(long received, long handled, long handledOnTime, long workingDays, long rated,
                    long satisfactionSum, long satisfied, long bad, long badRectified, NoticeTally notices) {

    /** Notices issued in the period on the line's cases, and how many of them were replied. */
    public record NoticeTally(long issued, long replied) {
    }

    public Tally {
        java.util.Objects.requireNonNull(notices, "notices");
    }
}
