package org.citizenhub.survey.surveys.results;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.survey.surveys.results.*}, checked at start.
 *
 * @param publishInterval how often the safety job publishes the results of surveys that closed without the closing
 *                        event reaching the publication (1 minute – 1 day)
 */
@ConfigurationProperties("hub.survey.surveys.results")
@Validated
public record ResultsProperties(@NotNull @DefaultValue("5m") Duration publishInterval) {

    @AssertTrue(message = "publish-interval must be 1 minute to 1 day")
    public boolean isPublishIntervalInRange() {
        return publishInterval == null || publishInterval.compareTo(Duration.ofMinutes(1)) >= 0
                && publishInterval.compareTo(Duration.ofDays(1)) <= 0;
    }
}
