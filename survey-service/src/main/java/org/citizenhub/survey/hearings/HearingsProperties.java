package org.citizenhub.survey.hearings;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.survey.hearings.*}, checked at start.
 *
 * @param drawInterval how often hearings whose registration has closed are drawn without waiting for an
 *                     administrator (1 minute – 1 day)
 */
@ConfigurationProperties("hub.survey.hearings")
@Validated
public record HearingsProperties(@NotNull @DefaultValue("5m") Duration drawInterval) {

    @AssertTrue(message = "draw-interval must be 1 minute to 1 day")
    public boolean isDrawIntervalInRange() {
        return drawInterval == null
                || drawInterval.compareTo(Duration.ofMinutes(1)) >= 0 && drawInterval.compareTo(Duration.ofDays(1)) <= 0;
    }
}
