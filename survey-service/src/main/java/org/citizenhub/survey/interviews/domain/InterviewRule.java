package org.citizenhub.survey.interviews.domain;

import java.util.Locale;

/** The interviews' named rules; a refusal names one (its problem type) and carries the reason's arguments. */
public enum InterviewRule {
    /** The schedule ends before it starts, or lasts longer than allowed. */
    INVALID_SCHEDULE(true),
    /** A question is empty or longer than the limit. */
    QUESTION_LENGTH(true),
    /** Questions are taken from the announcement until the session ends. */
    QUESTIONS_CLOSED(false),
    /** One citizen asks at most so many questions per session. */
    QUESTION_LIMIT_REACHED(false),
    /** Only a question awaiting moderation is approved or rejected. */
    QUESTION_ALREADY_DECIDED(false),
    /** Only an approved question is answered. */
    QUESTION_NOT_APPROVED(false),
    /** The transcript is published once the session has ended, and once. */
    TRANSCRIPT_NOT_PUBLISHABLE(false),
    /** The caller is not staff of the interview's department (nor, for moderation, a reviewer). */
    NOT_PERMITTED(false);

    private final boolean badInput;

    InterviewRule(boolean badInput) {
        this.badInput = badInput;
    }

    public boolean badInput() {
        return badInput;
    }

    public String slug() {
        return "interview-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
