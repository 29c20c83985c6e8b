package org.citizenhub.hall.applications.domain;

/** Who acts on a configured process step. */
public enum StepRole {
    /** The accepting window: pre-review, acceptance, the decision. */
    WINDOW,
    /** The departments that review, in parallel when a step lists several. */
    DEPARTMENT,
    /** The head who approves an extension (行政许可法 第四十二条). */
    HEAD
}
