package org.citizenhub.hall.catalogue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.hall.catalogue}.
 *
 * @param maxPageSize the largest page of the public and admin lists
 * @param matchedShare the share of a query's bigrams an item must contain to be found (0.5: half)
 */
@ConfigurationProperties("hub.hall.catalogue")
@Validated
public record CatalogueProperties(@Min(1) @Max(200) Integer maxPageSize,
                                  @DecimalMin("0.1") @DecimalMax("1.0") Double matchedShare) {

    public CatalogueProperties {
        maxPageSize = maxPageSize == null ? 50 : maxPageSize;
        matchedShare = matchedShare == null ? 0.5 : matchedShare;
    }
}
