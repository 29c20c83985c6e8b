package org.citizenhub.hall.applications;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.hall.applications.*}.
 *
 * @param licenceValidityYears how long an issued licence is valid (the item may say otherwise in a later version)
 * @param noticeBatchSize      how many Art 32 acceptances one watch round makes at most
 */
@Validated
@ConfigurationProperties("hub.hall.applications")
public record ApplicationsProperties(@Min(1) @Max(30) Integer licenceValidityYears,
                                     @Min(1) @Max(10_000) Integer noticeBatchSize) {

    public ApplicationsProperties {
        licenceValidityYears = licenceValidityYears == null ? 5 : licenceValidityYears;
        noticeBatchSize = noticeBatchSize == null ? 200 : noticeBatchSize;
    }
}
