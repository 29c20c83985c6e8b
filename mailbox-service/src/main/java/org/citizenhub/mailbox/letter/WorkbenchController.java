package org.citizenhub.mailbox.letter;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.actor.Actors;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Queues for the back office: the mailbox office, the handling department, reviewers, supervisors. */
@RestController
@RequestMapping("/workbench")
class WorkbenchController {

    private final Workbench workbench;

    WorkbenchController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/office")
    @PreAuthorize("hasRole('handler')")
    List<LetterViews.QueueItem> office(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                       CurrentUser user) {
        return workbench.officeQueue(Actors.handler(user), page, size);
    }

    @GetMapping("/department")
    @PreAuthorize("hasRole('handler')")
    List<LetterViews.QueueItem> department(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                           CurrentUser user) {
        return workbench.departmentQueue(Actors.handler(user), page, size);
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('reviewer')")
    List<LetterViews.QueueItem> review(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                       CurrentUser user) {
        return workbench.reviewQueue(new Staff(Actors.as(user, Actor.Role.REVIEWER), user.site()), page, size);
    }

    @GetMapping("/supervision")
    @PreAuthorize("hasRole('supervisor')")
    List<LetterViews.QueueItem> supervision(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                            CurrentUser user) {
        return workbench.supervision(new Staff(Actors.as(user, Actor.Role.SUPERVISOR), user.site()), page, size);
    }
}
