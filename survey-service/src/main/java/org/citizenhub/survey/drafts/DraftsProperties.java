package org.citizenhub.survey.drafts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.survey.drafts.*}, checked at start.
 *
 * @param feedbackWorkingDays        the feedback (采纳情况) is due this many working days after closing (1–60)
 * @param feedbackDueSoonWorkingDays announced due soon when this many working days are left (0 – the limit)
 * @param commentMinLength           a comment's shortest text (1–100)
 * @param commentMaxLength           a comment's longest text (100–10000)
 */
@ConfigurationProperties("hub.survey.drafts")
@Validated
public record DraftsProperties(
        @Min(1) @Max(60) @DefaultValue("15") int feedbackWorkingDays,
        @Min(0) @Max(60) @DefaultValue("3") int feedbackDueSoonWorkingDays,
        @Min(1) @Max(100) @DefaultValue("5") int commentMinLength,
        @Min(100) @Max(10000) @DefaultValue("2000") int commentMaxLength) {

    @AssertTrue(message = "feedback-due-soon-working-days must not exceed feedback-working-days")
    public boolean isDueSoonWithinLimit() {
        return feedbackDueSoonWorkingDays <= feedbackWorkingDays;
    }
}
