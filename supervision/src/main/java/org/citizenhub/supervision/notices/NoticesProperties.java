package org.citizenhub.supervision.notices;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.supervision.notices.*} (督办), checked at start.
 *
 * @param replyWorkingDays        the reply deadline when the supervisor names none (1–60 working days)
 * @param longestReplyWorkingDays the longest reply deadline a supervisor may set (1–60, at least the default)
 * @param dueSoonWorkingDays      a notice is announced due soon when this many working days are left (0–60; at
 *                                most the notice's own deadline)
 * @param maxRounds               rounds a notice may run: a reply is sent back only while fewer have run (1–10)
 * @param maxTextLength           longest measures / comment text (100–10000 characters)
 * @param escalationInterval      how often overdue notices are looked for and escalated (10 s – 1 day)
 * @param escalationBatchSize     notices escalated per run at most; the rest follow in the next run (1–10000)
 */
@ConfigurationProperties("hub.supervision.notices")
@Validated
public record NoticesProperties(
        @Min(1) @Max(60) @DefaultValue("3") int replyWorkingDays,
        @Min(1) @Max(60) @DefaultValue("15") int longestReplyWorkingDays,
        @Min(0) @Max(60) @DefaultValue("1") int dueSoonWorkingDays,
        @Min(1) @Max(10) @DefaultValue("3") int maxRounds,
        @Min(100) @Max(10000) @DefaultValue("2000") int maxTextLength,
        @NotNull @DefaultValue("5m") Duration escalationInterval,
        @Min(1) @Max(10000) @DefaultValue("200") int escalationBatchSize) {

    @AssertTrue(message = "reply-working-days must not exceed longest-reply-working-days")
    public boolean isDefaultWithinLongest() {
        return replyWorkingDays <= longestReplyWorkingDays;
    }

    @AssertTrue(message = "escalation-interval must be 10 seconds to 1 day")
    public boolean isEscalationIntervalInRange() {
        return escalationInterval == null || escalationInterval.compareTo(Duration.ofSeconds(10)) >= 0
                && escalationInterval.compareTo(Duration.ofDays(1)) <= 0;
    }
}
