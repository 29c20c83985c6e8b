package org.citizenhub.casework.notify;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.notifications.*}, checked at startup.
 *
 * @param enabled          whether citizens are notified at all; when false, {@link CitizenNotifier#enqueue} stores
 *                         nothing and no dispatcher runs
 * @param from             the sender of notification e-mails, e.g. {@code 市长信箱 <no-reply@citizenhub.example>};
 *                         required while enabled
 * @param dispatchInterval pause between two rounds of sending due notifications (one replica at a time)
 * @param batchSize        notifications claimed per round
 * @param backoff          when failed notifications are tried again, and when they are given up
 */
@ConfigurationProperties("hub.notifications")
@Validated
public record NotificationProperties(@DefaultValue("true") boolean enabled,
                                     String from,
                                     @DefaultValue("5s") @NotNull Duration dispatchInterval,
                                     @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
                                     @DefaultValue @Valid @NotNull BackoffProperties backoff) {

    public NotificationProperties {
        if (dispatchInterval != null && (dispatchInterval.isNegative() || dispatchInterval.isZero())) {
            throw new IllegalArgumentException("hub.notifications.dispatch-interval must be positive");
        }
        if (enabled && (from == null || from.isBlank())) {
            throw new IllegalArgumentException("hub.notifications.from must be set while notifications are enabled");
        }
    }

    /**
     * @param delays      waits after the first, second, ... failed attempt, the last repeating (default 1m, 5m, 30m, 1h)
     * @param maxAttempts attempts in all before a notification is given up (default 10)
     */
    public record BackoffProperties(@DefaultValue({"1m", "5m", "30m", "1h"}) @NotEmpty List<Duration> delays,
                          @DefaultValue("10") @Min(1) int maxAttempts) {

        public NotificationBackoff toBackoff() {
            return new NotificationBackoff(delays, maxAttempts);
        }
    }
}
