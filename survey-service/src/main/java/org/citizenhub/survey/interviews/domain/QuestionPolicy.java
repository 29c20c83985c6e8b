package org.citizenhub.survey.interviews.domain;

import java.time.Instant;

/**
 * Whether a citizen may ask: before and during the session (not after its end), within the length limit, and at
 * most {@code maxPerCitizen} questions per session, so that one voice does not fill the moderators' queue.
 */
public record QuestionPolicy(int maxLength, int maxPerCitizen) {

    public String accept(Interview.Session session, String text, int alreadyAsked, Instant now) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > maxLength) {
            throw new InterviewRefused(InterviewRule.QUESTION_LENGTH, maxLength);
        }
        if (session.ended(now)) {
            throw new InterviewRefused(InterviewRule.QUESTIONS_CLOSED);
        }
        if (alreadyAsked >= maxPerCitizen) {
            throw new InterviewRefused(InterviewRule.QUESTION_LIMIT_REACHED, maxPerCitizen);
        }
        return t;
    }
}
