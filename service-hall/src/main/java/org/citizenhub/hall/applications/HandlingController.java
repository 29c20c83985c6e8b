package org.citizenhub.hall.applications;

import java.time.Clock;
import java.util.List;

import org.citizenhub.hall.applications.domain.MaterialIssue;
import org.citizenhub.hall.applications.domain.Outcome;
import org.citizenhub.hall.applications.domain.PauseKind;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office: the accepting window pre-reviews, accepts (or not, or asks for 补正) and decides; the reviewing
 * departments give their opinions; a head approves an extension; Art 45 pauses. Only the departments that work on
 * an application (and supervisors of their site) find it.
 */
@RestController
@RequestMapping("/handling/applications")
@PreAuthorize("hasAnyRole('handler', 'reviewer', 'supervisor')")
class HandlingController {

    record Reason(String reason) {
    }

    record Correction(List<MaterialIssue> issues) {
    }

    record Opinion(Boolean approves, String reason) {
    }

    record PauseRequest(String kind, String reason) {
    }

    record Extension(Integer workingDays, String reason) {
    }

    record DecisionRequest(String outcome, String reason) {
    }

    private final Applications applications;
    private final Clock clock;

    HandlingController(Applications applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping
    List<ApplicationViews.Status> list(@RequestParam(required = false) String status, CurrentUser user) {
        return applications.listForStaff(user, status).stream()
                .map(s -> ApplicationViews.status(s, List.of(), clock.instant(), applications.workingTime())).toList();
    }

    @GetMapping("/{number}")
    ApplicationViews.Full one(@PathVariable String number, CurrentUser user) {
        return view(applications.forStaff(user, number));
    }

    @PostMapping("/{number}/acceptance")
    ApplicationViews.Full accept(@PathVariable String number, CurrentUser user) {
        var staff = applications.staff(user);
        return view(applications.act(user, number, (a, now) -> a.accept(staff, now, applications.workingTime())));
    }

    @PostMapping(path = "/{number}/non-acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Full notAccept(@PathVariable String number, @RequestBody Reason body, CurrentUser user) {
        var staff = applications.staff(user);
        return view(applications.act(user, number,
                (a, now) -> a.notAccept(staff, body.reason(), now, applications.workingTime())));
    }

    @PostMapping(path = "/{number}/correction-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Full correction(@PathVariable String number, @RequestBody Correction body, CurrentUser user) {
        var staff = applications.staff(user);
        return view(applications.act(user, number, (a, now) -> a.requestCorrection(staff,
                body.issues() == null ? List.of() : body.issues(), now, applications.workingTime())));
    }

    @PostMapping(path = "/{number}/opinions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Full opinion(@PathVariable String number, @RequestBody Opinion body, CurrentUser user) {
        var staff = applications.staff(user);
        if (body.approves() == null) {
            throw new HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID, "approves");
        }
        return view(applications.act(user, number,
                (a, now) -> a.review(staff, body.approves(), body.reason(), now, applications.workingTime())));
    }

    @PostMapping(path = "/{number}/pauses", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Full pause(@PathVariable String number, @RequestBody PauseRequest body, CurrentUser user) {
        var staff = applications.staff(user);
        var kind = parse(PauseKind.class, body.kind(), "kind");
        return view(applications.act(user, number,
                (a, now) -> a.pause(staff, kind, body.reason(), now, applications.workingTime())));
    }

    @PostMapping("/{number}/resumption")
    ApplicationViews.Full resume(@PathVariable String number, CurrentUser user) {
        var staff = applications.staff(user);
        return view(applications.act(user, number, (a, now) -> a.resume(staff, now, applications.workingTime())));
    }

    @PostMapping(path = "/{number}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Full extend(@PathVariable String number, @RequestBody Extension body, CurrentUser user) {
        var staff = applications.staff(user);
        int days = body.workingDays() == null ? 10 : body.workingDays();
        return view(applications.act(user, number, (a, now) -> a.extend(staff, Applications.isHead(user), days,
                body.reason(), now, applications.workingTime())));
    }

    @PostMapping(path = "/{number}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Full decide(@PathVariable String number, @RequestBody DecisionRequest body, CurrentUser user) {
        var staff = applications.staff(user);
        var outcome = parse(Outcome.class, body.outcome(), "outcome");
        return view(applications.act(user, number,
                (a, now) -> a.decide(staff, Applications.isHead(user), outcome, body.reason(), now, applications.workingTime())));
    }

    private ApplicationViews.Full view(ApplicationRepository.Stored stored) {
        return ApplicationViews.full(stored, applications.steps(stored), applications.licenceOf(stored).orElse(null),
                clock.instant(), applications.workingTime());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HubProblem(ApplicationProblem.APPLICATION_REQUEST_INVALID, field);
        }
    }
}
