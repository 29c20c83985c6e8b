package org.citizenhub.survey.interviews;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.survey.interviews.*}, checked at start.
 *
 * @param maxQuestionLength    a question's length limit in characters (10–2000)
 * @param maxQuestionsPerCitizen questions one citizen may ask per session (1–50)
 * @param longestSession       the longest session that may be scheduled
 * @param pollInterval         how often the live stream reads new events from the database (every replica does, so
 *                             watchers on any replica see what was approved or answered on another)
 * @param heartbeat            a comment line this often keeps idle streams (and proxies) open
 * @param streamTimeout        a stream is closed after this long; the browser's EventSource reconnects with
 *                             Last-Event-ID and misses nothing
 */
@ConfigurationProperties("hub.survey.interviews")
@Validated
public record InterviewsProperties(
        @Min(10) @Max(2000) @DefaultValue("500") int maxQuestionLength,
        @Min(1) @Max(50) @DefaultValue("5") int maxQuestionsPerCitizen,
        @NotNull @DefaultValue("8h") Duration longestSession,
        @NotNull @DefaultValue("500ms") Duration pollInterval,
        @NotNull @DefaultValue("15s") Duration heartbeat,
        @NotNull @DefaultValue("30m") Duration streamTimeout) {
}
