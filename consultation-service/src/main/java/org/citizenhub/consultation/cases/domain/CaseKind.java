package org.citizenhub.consultation.cases.domain;

/** What a citizen writes: each kind has its own time rules (see the rules package). */
public enum CaseKind {
    /** 纠错: an error on a government web page. */
    ERROR_REPORT,
    /** 咨询. */
    CONSULTATION,
    /** 投诉: about a department or a public service. */
    COMPLAINT,
    /** 建议. */
    SUGGESTION;

    /**
     * Complaints and suggestions need an initial investigation first; its outcome is an answer or a promised
     * completion date (承诺办结日期).
     */
    public boolean needsInvestigation() {
        return this == COMPLAINT || this == SUGGESTION;
    }
}
