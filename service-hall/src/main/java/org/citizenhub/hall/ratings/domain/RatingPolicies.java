package org.citizenhub.hall.ratings.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.citizenhub.calendar.WorkingTime;

/**
 * The rules of 国办发〔2019〕51号 and GB/T 39734/39735 that a rating step must pass, each a named policy returning
 * nothing (allowed) or the refusal with its reason.
 */
public final class RatingPolicies {

    /** A written evaluation (writingEvaluation): at most this many characters, at any level. */
    public static final int COMMENT_MAX = 500;
    /** Below 满意 the text must say something: at least this many characters. */
    public static final int COMMENT_MIN_BELOW_SATISFIED = 5;
    /** Staff's notes (follow-up call, rectification measures, appeal reason, decision comment). */
    public static final int NOTE_MIN = 5;
    public static final int NOTE_MAX = 1_000;

    private RatingPolicies() {
    }

    /**
     * 51号文: "对差评和基本满意的评价，应当说明原因" — below 满意 the rater picks at least one reason category and
     * writes {@value #COMMENT_MIN_BELOW_SATISFIED}–{@value #COMMENT_MAX} characters; at 满意 and above no reason is
     * asked for (and none taken, so that statistics of reasons describe only poorer ratings).
     */
    public static final class BelowSatisfiedNeedsReasonsAndText {
        public static Optional<RatingRefused> check(Satisfaction satisfaction, Set<ReasonCategory> reasons,
                                                    String comment) {
            int length = comment == null ? 0 : comment.strip().codePointCount(0, comment.strip().length());
            if (length > COMMENT_MAX) {
                return refuse(RatingRule.TEXT_TOO_LONG, "comment", COMMENT_MAX);
            }
            if (!satisfaction.belowSatisfied()) {
                return reasons.isEmpty() ? Optional.empty()
                        : refuse(RatingRule.REASONS_ONLY_BELOW_SATISFIED);
            }
            if (reasons.isEmpty()) {
                return refuse(RatingRule.REASONS_REQUIRED_BELOW_SATISFIED, satisfaction.label());
            }
            if (length < COMMENT_MIN_BELOW_SATISFIED) {
                return refuse(RatingRule.TEXT_REQUIRED_BELOW_SATISFIED, satisfaction.label(),
                        COMMENT_MIN_BELOW_SATISFIED, COMMENT_MAX);
            }
            return Optional.empty();
        }

        private BelowSatisfiedNeedsReasonsAndText() {
        }
    }

    /** 一次一评: one rating per visit, given within {@code window} of being served. */
    public record VisitRatedOnceWithin(Duration window) {
        public Optional<RatingRefused> check(Instant servedAt, boolean alreadyRated, Instant now) {
            if (alreadyRated) {
                return refuse(RatingRule.VISIT_ALREADY_RATED);
            }
            Instant last = servedAt.plus(window);
            return now.isAfter(last) ? refuse(RatingRule.VISIT_RATING_CLOSED, last) : Optional.empty();
        }

        public Instant lastMoment(Instant servedAt) {
            return servedAt.plus(window);
        }
    }

    /**
     * 申诉复核: a department may appeal a rating it holds malicious once, within {@code workingDays} working days
     * of the rating (counted with the hub's calendar).
     */
    public record AppealWithinWorkingDays(int workingDays) {
        public Optional<RatingRefused> check(Instant ratedAt, boolean alreadyAppealed, Instant now,
                                             WorkingTime time) {
            if (alreadyAppealed) {
                return refuse(RatingRule.APPEAL_ALREADY_FILED);
            }
            Instant last = time.deadline(ratedAt, workingDays);
            return now.isAfter(last) ? refuse(RatingRule.APPEAL_TOO_LATE, workingDays, last) : Optional.empty();
        }
    }

    /** A staff note: {@value #NOTE_MIN}–{@value #NOTE_MAX} characters. */
    public static String note(String field, String text) {
        String t = text == null ? "" : text.strip();
        int length = t.codePointCount(0, t.length());
        if (length < NOTE_MIN) {
            throw new RatingRefused(RatingRule.TEXT_REQUIRED, field, NOTE_MIN, NOTE_MAX);
        }
        if (length > NOTE_MAX) {
            throw new RatingRefused(RatingRule.TEXT_TOO_LONG, field, NOTE_MAX);
        }
        return t;
    }

    static Optional<RatingRefused> refuse(RatingRule rule, Object... args) {
        return Optional.of(new RatingRefused(rule, args));
    }
}
