package org.citizenhub.mailbox.statistics;

import java.time.YearMonth;

import jakarta.validation.constraints.Pattern;

import org.citizenhub.calendar.spring.HubCalendar;
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

    StatisticsController(MonthlyStatistics statistics, HubCalendar calendar) {
        this.statistics = statistics;
        this.calendar = calendar;
    }

    /** Figures of one month ({@code yyyy-MM}), per mailbox and per handling department. */
    @GetMapping("/statistics/{month}")
    MonthlyStatistics.Month month(@PathVariable @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])") String month) {
        return statistics.of(YearMonth.parse(month), calendar.policy().zone());
    }
}
