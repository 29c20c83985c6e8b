package org.citizenhub.survey.reviews;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.survey.reviews.*}, checked at start.
 *
 * @param publishInterval how often the results of reviews whose period has ended are published (1 minute – 1 day)
 */
@ConfigurationProperties("hub.survey.reviews")
@Validated
public record ReviewsProperties(@NotNull @DefaultValue("5m") Duration publishInterval) {

    @AssertTrue(message = "publish-interval must be 1 minute to 1 day")
    public boolean isPublishIntervalInRange() {
        return publishInterval == null || publishInterval.compareTo(Duration.ofMinutes(1)) >= 0
                && publishInterval.compareTo(Duration.ofDays(1)) <= 0;
    }
}
