package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.citizenhub.calendar.WorkingDuration;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.consultation.ConsultationProperties;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff queues: screening, own department, co-handling, review, follow-up, supervision. */
@RestController
@RequestMapping("/workbench")
@Validated
class WorkbenchController {

    private final CaseRepository cases;
    private final CaseHandling handling;
    private final ConsultationProperties properties;
    private final CaseSites sites;

    WorkbenchController(CaseRepository cases, CaseHandling handling, ConsultationProperties properties,
                        CaseSites sites) {
        this.cases = cases;
        this.handling = handling;
        this.properties = properties;
        this.sites = sites;
    }

    /** The dispatch centre's: new cases to screen, accepted ones to dispatch, disputes to decide. */
    @GetMapping("/screening")
    @PreAuthorize("hasRole('handler')")
    List<CaseViews.Summary> screening(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, CurrentUser u) {
        // a department that is no site's dispatch centre has no case of its own to screen
        return views(cases.screeningQueue(Actors.handler(u).department(), page, size));
    }

    @GetMapping("/department")
    @PreAuthorize("hasRole('handler')")
    List<CaseViews.Summary> department(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, CurrentUser u) {
        return views(cases.departmentQueue(Actors.handler(u).department(), page, size));
    }

    @GetMapping("/co-handling")
    @PreAuthorize("hasRole('handler')")
    List<CaseViews.Summary> coHandling(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, CurrentUser u) {
        return views(cases.coHandlingQueue(Actors.handler(u).department(), page, size));
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('reviewer')")
    List<CaseViews.Summary> review(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                   CurrentUser u) {
        var subtree = sites.subtreeOf(u.site()).orElse(null);
        if (u.department() == null && subtree == null) {
            return List.of();
        }
        return views(cases.reviewQueue(u.department(), subtree, page, size));
    }

    /** 回访: rated unsatisfied, or answered and left unrated for the configured working days. */
    @GetMapping("/follow-up")
    @PreAuthorize("hasRole('handler')")
    List<CaseViews.Summary> followUp(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, CurrentUser u) {
        String department = Actors.handler(u).department();
        var time = handling.workingTime();
        long perDay = time.days(1).seconds();
        var since = time.plus(handling.now(),
                new WorkingDuration(-perDay * properties.followUpAfterWorkingDays(), perDay));
        return views(cases.followUpQueue(department, since, page, size));
    }

    /**
     * Open cases past their deadline ({@code overdue}) or within the warning ({@code due-soon}): every department's
     * for a hub-wide supervisor, the site subtree's for a site supervisor.
     */
    @GetMapping("/supervision")
    @PreAuthorize("hasRole('supervisor')")
    List<CaseViews.Summary> supervision(@RequestParam(defaultValue = "overdue")
                                        @Pattern(regexp = "overdue|due-soon") String filter,
                                        @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                        CurrentUser u) {
        return views(cases.supervisionQueue(handling.now(), "overdue".equals(filter),
                sites.subtreeOf(u.site()).orElse(null), page, size));
    }

    private List<CaseViews.Summary> views(List<ConsultationCase> list) {
        var now = handling.now();
        var time = handling.workingTime();
        return list.stream().map(c -> CaseViews.summary(c, handling.siteOf(c), handling.handlingSiteOf(c), now, time))
                .toList();
    }
}
