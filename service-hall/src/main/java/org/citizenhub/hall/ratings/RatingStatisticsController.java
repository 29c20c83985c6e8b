package org.citizenhub.hall.ratings;

import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;

import org.citizenhub.hall.ServiceHallApplication;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 好差评 published (公开): a site's figures for a month ({@code site}, {@code includeChildren}). */
@RestController
@Validated
class RatingStatisticsController {

    /** 2000-01 to 2099-12. */
    static final String MONTH = "20[0-9]{2}-(0[1-9]|1[0-2])";

    private final RatingStatistics statistics;

    RatingStatisticsController(RatingStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/public/ratings/statistics/{month}")
    RatingStatistics.Month month(@PathVariable @Pattern(regexp = MONTH) String month, SiteSelection site) {
        return statistics.of(YearMonth.parse(month), ServiceHallApplication.ZONE, site);
    }
}
