package org.citizenhub.mailbox.statistics;

import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;

import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.web.SiteSelection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monthly figures the site publishes, for everyone (no login). */
@RestController
@RequestMapping("/public")
class StatisticsController {

    private final MonthlyStatistics statistics;
    private final HubCalendar calendar;
    private final HubSites sites;

    StatisticsController(MonthlyStatistics statistics, HubCalendar calendar, HubSites sites) {
        this.statistics = statistics;
        this.calendar = calendar;
        this.sites = sites;
    }

    /**
     * Figures of one month ({@code yyyy-MM}) for the site of the request (集约化, see {@link SiteSelection}; with
     * {@code includeChildren=true} its subtree): per mailbox, per handling department, and per site side by side.
     */
    @GetMapping("/statistics/{month}")
    MonthlyStatistics.Month month(@PathVariable @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])") String month,
                                  SiteSelection selection) {
        return statistics.of(YearMonth.parse(month), calendar.policy().zone(), selection, sites.directory());
    }
}
