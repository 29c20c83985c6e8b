package org.citizenhub.consultation.statistics;

import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;

import org.citizenhub.consultation.ConsultationApplication;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public monthly figures of a site (集约化: {@code site} parameter or host, {@code includeChildren}) per department
 * and kind, per kind and per site (the published answers themselves: {@code /public/answers}).
 */
@RestController
@Validated
class StatisticsController {

    /** 2000-01 to 2099-12. */
    static final String MONTH = "20[0-9]{2}-(0[1-9]|1[0-2])";

    private final MonthlyStatistics statistics;

    StatisticsController(MonthlyStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/public/statistics/{month}")
    MonthlyStatistics.Month month(@PathVariable @Pattern(regexp = MONTH) String month, SiteSelection site) {
        return statistics.of(YearMonth.parse(month), ConsultationApplication.ZONE, site);
    }
}
