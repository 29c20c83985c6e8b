package org.citizenhub.survey.surveys;

import java.util.Locale;

/** The named policies of surveys; each refusal carries one of them to the problem detail (zh-CN and en). */
public enum SurveyRule {
    /** Staff of the owning department (handler, reviewer), or admin / the site's site-admin. */
    NOT_PERMITTED(403),
    /** A survey names a department on a site, closes after it opens and after now. */
    INVALID_SURVEY(400),
    /** answers-only-while-open: answers are taken between opening and closing only. */
    ANSWERS_ONLY_WHILE_OPEN(409),
    /** one-response-per-identity: one response per citizen, per anonymous participant, per invitation token. */
    ALREADY_ANSWERED(409),
    /** quota-full: a STOP quota this answer falls into is full (or the survey's overall maximum is reached). */
    QUOTA_FULL(409),
    /** The survey is answered in another mode (e.g. an invitation survey through the citizen path). */
    WRONG_ANSWER_MODE(409),
    /** The invitation token is unknown, of another survey, or already used. */
    INVITATION_INVALID(403),
    /** A published version never changes. */
    VERSION_PUBLISHED(409),
    /** Publishing needs a draft version. */
    NO_DRAFT_VERSION(409),
    /** A closed survey changes no more. */
    SURVEY_CLOSED(409),
    /** Scheduling needs a published version. */
    NOT_PUBLISHED(409),
    /** Quotas are set before opening, so every answer is counted by the same quotas. */
    QUOTAS_FIXED_ONCE_OPEN(409),
    /** A file answer names its uploader: file questions are for real-name surveys only. */
    FILES_ONLY_WITH_REAL_NAME(400),
    /** Nothing to show or change: the citizen has not answered this survey. */
    NO_RESPONSE(404);

    private final int status;

    SurveyRule(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return "survey-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
