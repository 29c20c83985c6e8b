package org.citizenhub.supervision.exchange;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.supervision.exchange}: the exchange's intake, delivery and security settings.
 *
 * @param topics            the hub's topics the exchange stores and forwards (its own consumer group)
 * @param consumerGroup     the exchange's Kafka consumer group
 * @param retrySchedule     the waits after the 1st, 2nd, … failed attempt (the last repeats)
 * @param maxAttempts       attempts before a delivery is dead (a dead letter, redelivered by hand)
 * @param requestTimeout    the whole HTTP call to a receiver
 * @param connectTimeout    connecting to a receiver
 * @param dispatchBatch     deliveries claimed per dispatcher round
 * @param allowLoopbackHttp http to 127.0.0.1 allowed (local profile and tests only); otherwise https to public
 *                          addresses only
 * @param secretKey         base64 AES key (16 or 32 bytes) sealing the subscriptions' secrets at rest
 * @param pullPageSize      maximum events per page of the pull API
 */
@Validated
@ConfigurationProperties("hub.supervision.exchange")
public record ExchangeProperties(
        @NotEmpty List<@NotBlank String> topics,
        @NotBlank String consumerGroup,
        @NotEmpty List<@NotNull Duration> retrySchedule,
        @Min(1) int maxAttempts,
        @NotNull Duration requestTimeout,
        @NotNull Duration connectTimeout,
        @Min(1) int dispatchBatch,
        boolean allowLoopbackHttp,
        @NotBlank String secretKey,
        @Min(1) int pullPageSize) {
}
