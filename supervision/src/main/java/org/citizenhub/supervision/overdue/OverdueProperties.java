package org.citizenhub.supervision.overdue;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.supervision.overdue}: the read model's intake and the overdue view.
 *
 * @param intakeEnabled      whether the service reads the topics (off only for a tool that reads the tables alone)
 * @param dueSoonWorkingDays working days before its due moment from which an open case shows a yellow card (earlier
 *                           when its service announced it due soon earlier)
 * @param maxYellowWindow    the longest a yellow card can show before the due moment; bounds the yellow query
 * @param defaultPageSize    items per page when the caller does not say
 * @param maxPageSize        the most items per page
 * @param countCap           the counts per card are exact up to this many, then reported as "more than"
 * @param groupPrefix        the Kafka consumer groups of the intake are this prefix plus a generation and a random part
 * @param concurrency        consumer threads of the intake (at most the number of partitions is useful)
 * @param retryBackOff       the pause between the attempts at an event whose processing failed
 * @param attempts           attempts at such an event before it is parked
 */
@ConfigurationProperties("hub.supervision.overdue")
@Validated
public record OverdueProperties(
        @DefaultValue("true") boolean intakeEnabled,
        @DefaultValue("3") @Min(0) @Max(20) int dueSoonWorkingDays,
        @DefaultValue("30d") @NotNull Duration maxYellowWindow,
        @DefaultValue("20") @Min(1) @Max(200) int defaultPageSize,
        @DefaultValue("100") @Min(1) @Max(500) int maxPageSize,
        @DefaultValue("10000") @Min(100) @Max(1_000_000) int countCap,
        @DefaultValue("supervision-overdue") @NotBlank String groupPrefix,
        @DefaultValue("1") @Min(1) @Max(16) int concurrency,
        @DefaultValue("1s") @NotNull Duration retryBackOff,
        @DefaultValue("5") @Min(1) @Max(100) int attempts) {
}
