package org.citizenhub.hall.applications;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.hall.applications.*}.
 *
 * @param licenceValidityYears how long an issued licence is valid
 */
@Validated
@ConfigurationProperties("hub.hall.applications")
public record ApplicationsProperties(@Min(1) @Max(30) Integer licenceValidityYears) {

    public ApplicationsProperties {
        licenceValidityYears = licenceValidityYears == null ? 5 : licenceValidityYears;
    }
}
