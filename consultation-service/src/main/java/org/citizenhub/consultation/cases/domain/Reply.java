package org.citizenhub.consultation.cases.domain;

import java.time.Instant;

/**
 * The consolidated reply the lead department drafts, and its review (先审后发).
 *
 * @param sentBack the reviewer's comment when it was last sent back, null otherwise
 * @param approval null until a reviewer approves it
 */
public record Reply(String text, String authorId, String department, Instant draftedAt, String sentBack,
                    Approval approval) {

    /**
     * @param workingDaysTaken counted from the start of the clock the reply answers (after a reopening: the new one)
     */
    public record Approval(String reviewerId, Instant at, boolean published, boolean onTime, int workingDaysTaken) {
    }
}
