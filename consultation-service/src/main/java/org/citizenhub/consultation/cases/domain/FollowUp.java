package org.citizenhub.consultation.cases.domain;

import java.time.Instant;

/**
 * 回访: staff contacted (or tried to contact) the citizen after the reply.
 *
 * @param satisfaction what the citizen said; null when not reached
 */
public record FollowUp(boolean reached, Evaluation.Rating satisfaction, String note, String by, Instant at) {
}
