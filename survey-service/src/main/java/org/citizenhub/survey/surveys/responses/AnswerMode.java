package org.citizenhub.survey.surveys.responses;

/** Who may answer a survey, chosen by its owner. */
public enum AnswerMode {
    /** Signed-in citizens, one response each, editable until closing. */
    REAL_NAME,
    /** Signed-in citizens, one response each through a participation record that no answer links to. */
    ANONYMOUS,
    /** Holders of a token issued by staff, one response per token; no sign-in. */
    INVITATION
}
