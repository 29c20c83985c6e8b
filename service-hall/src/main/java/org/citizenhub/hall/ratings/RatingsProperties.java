package org.citizenhub.hall.ratings;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code hub.hall.ratings.*}, checked at start.
 *
 * @param visitRatingWindow                how long after being served a visit may be rated (1 hour – 365 days)
 * @param rectificationWorkingDays         limit of a rectification (回访整改) in working days (1–60)
 * @param rectificationDueSoonWorkingDays  announced due soon when this many working days are left (0 – the limit)
 * @param appealWorkingDays                a department appeals within this many working days of the rating (1–30)
 */
@ConfigurationProperties("hub.hall.ratings")
@Validated
public record RatingsProperties(
        @NotNull @DefaultValue("30d") Duration visitRatingWindow,
        @Min(1) @Max(60) @DefaultValue("15") int rectificationWorkingDays,
        @Min(0) @Max(60) @DefaultValue("3") int rectificationDueSoonWorkingDays,
        @Min(1) @Max(30) @DefaultValue("5") int appealWorkingDays) {

    @AssertTrue(message = "visit-rating-window must be 1 hour to 365 days")
    public boolean isVisitRatingWindowInRange() {
        return visitRatingWindow == null
                || visitRatingWindow.compareTo(Duration.ofHours(1)) >= 0
                && visitRatingWindow.compareTo(Duration.ofDays(365)) <= 0;
    }

    @AssertTrue(message = "rectification-due-soon-working-days must not exceed rectification-working-days")
    public boolean isDueSoonWithinLimit() {
        return rectificationDueSoonWorkingDays <= rectificationWorkingDays;
    }
}
