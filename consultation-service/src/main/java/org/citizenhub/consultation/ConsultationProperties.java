package org.citizenhub.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.consultation.*}.
 *
 * @param personalDataKey           base64 AES key sealing writers' names and contact details
 * @param dispatchCentre            the department that screens, dispatches and follows up (the 12345 centre)
 * @param disputeWindowWorkingHours how long after a dispatch an assigned department may dispute it (退单)
 * @param followUpAfterWorkingDays  an answered case left unrated this long joins the follow-up queue
 * @param queryUrl                  where citizens follow their case, put into notifications
 */
@Validated
@ConfigurationProperties("hub.consultation")
public record ConsultationProperties(
        @NotBlank String personalDataKey,
        @DefaultValue("D-12345") @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,35}") String dispatchCentre,
        @DefaultValue("2") @Min(1) @Max(40) int disputeWindowWorkingHours,
        @DefaultValue("5") @Min(1) @Max(60) int followUpAfterWorkingDays,
        @DefaultValue("https://citizenhub.example/consultation/my-cases") String queryUrl) {
}
