package org.citizenhub.hall.applications.domain;

/**
 * The named rules an application step can break; each slug is a problem type
 * (https://citizenhub.example/problems/&lt;slug&gt;) whose zh-CN and en messages tell the reason.
 */
public enum ApplicationPolicy {
    /** The step does not fit the application's phase (e.g. a review before acceptance). */
    WRONG_PHASE("application-wrong-phase"),
    /** Only the accepting window (the item's first department) pre-reviews, accepts and decides. */
    NOT_THE_ACCEPTING_WINDOW("application-not-accepting-window"),
    /** Only the departments of the current review step give opinions, each once. */
    NOT_A_REVIEWER_OF_THIS_STEP("application-not-reviewer"),
    /** 行政许可法 第三十二条: a correction notice after 5 working days comes too late; the application counts as accepted. */
    CORRECTION_NOTICE_TOO_LATE("application-correction-too-late"),
    /** 一次性告知: a correction request lists every missing or wrong material, at least one. */
    CORRECTION_NEEDS_ISSUES("application-correction-needs-issues"),
    /** Every refusal (not accepted, 不予, a department's refusal) tells the reason. */
    REASON_REQUIRED("application-reason-required"),
    /** 行政许可法 第四十二条: one extension of at most 10 working days, approved by the head. */
    EXTENSION_NOT_ALLOWED("application-extension-not-allowed"),
    /** 行政许可法 第四十五条: only hearing, inspection, testing, expert review pause; one at a time. */
    PAUSE_NOT_ALLOWED("application-pause-not-allowed"),
    /** A process with a HEAD step has its decision signed by a head of the accepting department. */
    HEAD_DECIDES("application-head-decides"),
    /** A required material of the item is missing from the submission. */
    MATERIAL_MISSING("application-material-missing");

    private final String slug;

    ApplicationPolicy(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
