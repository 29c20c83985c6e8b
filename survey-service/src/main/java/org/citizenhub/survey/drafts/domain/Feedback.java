package org.citizenhub.survey.drafts.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 采纳情况: how many opinions came in, the opinions grouped, and each group's outcome with its reason.
 *
 * @param received every comment submitted (approved, rejected or still waiting)
 */
public record Feedback(int received, List<Group> groups, Instant publishedAt) {

    public enum Outcome { ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED }

    /** @param comments the approved comments this group gathers */
    public record Group(String title, String summary, Outcome outcome, String reason, List<UUID> comments) {
        public Group {
            comments = List.copyOf(comments);
        }
    }

    public Feedback {
        groups = List.copyOf(groups);
    }

    /**
     * Policy: after closing, once; a group not fully adopted gives a reason; every group gathers at least one
     * approved comment of this draft, each comment in one group at most.
     */
    public static Feedback publish(Draft draft, boolean alreadyPublished, int received, List<Group> groups,
                                   Set<UUID> approved, Instant now) {
        if (!draft.isClosed(now)) {
            throw new DraftRefused(DraftRule.DRAFT_NOT_CLOSED, draft.number());
        }
        if (alreadyPublished) {
            throw new DraftRefused(DraftRule.FEEDBACK_ALREADY_PUBLISHED, draft.number());
        }
        Set<UUID> seen = new HashSet<>();
        for (Group g : groups) {
            if (g.outcome() != Outcome.ADOPTED && (g.reason() == null || g.reason().isBlank())) {
                throw new DraftRefused(DraftRule.INVALID_FEEDBACK, g.title());
            }
            if (g.comments().isEmpty() || !approved.containsAll(g.comments())
                    || g.comments().stream().anyMatch(c -> !seen.add(c))) {
                throw new DraftRefused(DraftRule.INVALID_FEEDBACK, g.title());
            }
        }
        return new Feedback(received, groups, now);
    }
}
