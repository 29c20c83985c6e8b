package org.citizenhub.survey.surveys;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.survey.surveys.*}, checked at start.
 *
 * @param participationKey    HMAC key of anonymous participation records (at least 16 characters; from the vault;
 *                            a local-only default exists in the {@code local} profile only)
 * @param anonymityBatch      pooled anonymous answers are moved into the responses only this many at a time (2–1000)
 * @param announceInterval    how often opening and closing times are looked at (and pooled answers mixed)
 * @param maxInvitations      at most this many invitation tokens per request (1–10000)
 * @param questionnaireCache  parsed questionnaires of published versions kept in memory, least recently used
 *                            dropped beyond it (1–100000)
 */
@ConfigurationProperties("hub.survey.surveys")
@Validated
public record SurveysProperties(
        @NotBlank @Size(min = 16) String participationKey,
        @Min(2) @Max(1000) @DefaultValue("5") int anonymityBatch,
        @NotNull @DefaultValue("1m") Duration announceInterval,
        @Min(1) @Max(10_000) @DefaultValue("1000") int maxInvitations,
        @Min(1) @Max(100_000) @DefaultValue("256") int questionnaireCache) {
}
