package org.citizenhub.survey.drafts.domain;

import java.util.Locale;

/** The named policies of 意见征集; each refusal carries one of them to the problem detail. */
public enum DraftRule {
    /** Only staff of the owning department, or a reviewer / supervisor whose scope covers it. */
    NOT_PERMITTED(false),
    /** A draft closes after it opens, and has at least one article. */
    INVALID_DRAFT(true),
    /** Comments are taken only between opening and closing. */
    DRAFT_NOT_OPEN(false),
    /** A comment names an article of the draft, or none for the whole text. */
    UNKNOWN_ARTICLE(true),
    /** A comment's text is within the configured length. */
    INVALID_COMMENT(true),
    /** A comment is moderated once. */
    ALREADY_MODERATED(false),
    /** Feedback comes after closing. */
    DRAFT_NOT_CLOSED(false),
    /** Feedback is published once. */
    FEEDBACK_ALREADY_PUBLISHED(false),
    /** Every group that is not fully adopted says why; every group names approved comments of this draft. */
    INVALID_FEEDBACK(true);

    private final boolean badInput;

    DraftRule(boolean badInput) {
        this.badInput = badInput;
    }

    public boolean badInput() {
        return badInput;
    }

    public String slug() {
        return "survey-draft-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
