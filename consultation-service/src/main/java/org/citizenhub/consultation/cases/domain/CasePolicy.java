package org.citizenhub.consultation.cases.domain;

import java.util.Locale;

/**
 * The named rules a step can be refused by. Each refusal reaches the citizen or the officer as a problem detail
 * with its reason in zh-CN and en ({@code problem.<slug>.*} in problems*.properties).
 */
public enum CasePolicy {
    /** 派单异议: an assigned department disputes a dispatch only within the configured working hours of it. */
    DISPUTE_WITHIN_WORKING_HOURS_OF_DISPATCH(false),
    /** Only a department the case was dispatched to disputes it, once per dispatch. */
    DISPUTE_BY_AN_ASSIGNED_DEPARTMENT_ONCE(false),
    /** 催办: a supervisor urges a case only when a deadline is near or past. */
    URGING_ONLY_NEAR_OR_PAST_DEADLINE(false),
    /** 审核: a reply is reviewed by someone other than its author. */
    REVIEWER_IS_NOT_THE_AUTHOR(false),
    /** A case is reopened at most once. */
    ONE_REOPENING(false),
    /** 主办/协办: the lead writes the consolidated reply once every co-handler has submitted its part. */
    CONSOLIDATED_REPLY_NEEDS_EVERY_CO_HANDLING_PART(false),
    /** A co-handler submits its part once. */
    CO_HANDLING_PART_ONCE(false),
    /** A promised completion date (承诺办结日期) follows the initial investigation of a complaint or suggestion. */
    PROMISED_DATE_ONLY_AFTER_INVESTIGATION_OF_COMPLAINTS_AND_SUGGESTIONS(false),
    /** The promised date lies after today and within the longest promise. */
    PROMISED_DATE_IN_THE_FUTURE_WITHIN_LIMIT(true),
    /** Co-handling departments differ from the lead and from each other. */
    CO_HANDLERS_DIFFER_FROM_THE_LEAD(true),
    /** A duplicate merges into another open case of the same kind, never into itself. */
    MERGE_INTO_ANOTHER_OPEN_CASE_OF_THE_SAME_KIND(false),
    /** One extension request waits for a supervisor at a time. */
    ONE_PENDING_EXTENSION(false),
    /** An extension is asked for a clock that runs. */
    EXTENSION_OF_A_RUNNING_DEADLINE(false),
    /** A case is transferred to a department other than its lead. */
    TRANSFER_TO_ANOTHER_DEPARTMENT(true);

    private final boolean badInput;

    CasePolicy(boolean badInput) {
        this.badInput = badInput;
    }

    /** True when the request itself is wrong (400); otherwise the case is not ready for it (409). */
    public boolean badInput() {
        return badInput;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
