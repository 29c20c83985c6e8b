package org.citizenhub.supervision.exchange;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.stream.Stream;
import org.citizenhub.supervision.exchange.domain.RetentionPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.supervision.exchange.retention}: how long the exchange keeps finished deliveries and stored events, and
 * how its purge runs ({@link ExchangeRetention}).
 *
 * @param delivered how long a delivered delivery is kept after it finished
 * @param dead      how long a dead letter is kept after it died
 * @param events    how long a stored event is kept once no delivery refers to it: also how far back a replay reaches
 * @param interval  between two purges (one replica at a time)
 * @param batchSize rows deleted per transaction, so a large backlog never holds a long transaction
 */
@Validated
@ConfigurationProperties("hub.supervision.exchange.retention")
public record ExchangeRetentionProperties(
        @NotNull Duration delivered,
        @NotNull Duration dead,
        @NotNull Duration events,
        @NotNull Duration interval,
        @Min(1) @Max(10_000) int batchSize) {

    @AssertTrue(message = "delivered, dead, events and interval must be positive durations")
    boolean isPositive() {
        return Stream.of(delivered, dead, events, interval)
                .allMatch(d -> d == null || (!d.isNegative() && !d.isZero()));
    }

    public RetentionPolicy policy() {
        return new RetentionPolicy(delivered, dead, events);
    }
}
