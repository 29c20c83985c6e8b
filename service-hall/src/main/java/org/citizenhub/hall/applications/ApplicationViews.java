package org.citizenhub.hall.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.hall.applications.ApplicationRepository.Stored;
import org.citizenhub.hall.applications.domain.Applicant;
import org.citizenhub.hall.applications.domain.MaterialIssue;
import org.citizenhub.hall.applications.domain.Phase;

/** What the API shows of an application: to its applicant and staff in full, to a query-code holder the status. */
final class ApplicationViews {

    private ApplicationViews() {
    }

    record Step(String action, String status, Instant at, String department) {
    }

    record Deadline(Instant dueAt, long workingDaysLeft, String state, boolean extended) {
    }

    record CurrentStep(String key, String name, List<String> departments, List<String> answered) {
    }

    record Pause(String kind, String reason, Instant since) {
    }

    record Decision(String outcome, List<String> reasons, Instant at) {
    }

    record Licence(String number, String checkCode, LocalDate validFrom, LocalDate validUntil, String department) {
    }

    record Full(String number, String trackingNumber, String implementationCode, String itemName,
                int statutoryWorkingDays, int promisedWorkingDays, String status, String applicantKind,
                String applicantName, Instant receivedAt, Instant acceptedAt, Boolean deemedAccepted,
                Instant noticeDueAt, List<MaterialIssue> correctionIssues, String notAcceptedReason,
                CurrentStep currentStep, Pause pause, Deadline deadline, Decision decision, Licence licence,
                Map<String, String> materials, String acceptingDepartment, List<String> departments,
                String delivery, List<Step> steps) {
    }

    record Status(String number, String itemName, String status, Instant receivedAt, Deadline deadline,
                  List<Step> steps) {
    }

    static Full full(Stored s, List<CaseStep> history, Applications.Licence licence, Instant now, WorkingTime time) {
        var a = s.application();
        var phase = a.phase();
        Instant acceptedAt = null;
        Boolean deemed = null;
        if (phase instanceof Phase.Review r) {
            acceptedAt = r.acceptance().acceptedAt();
            deemed = r.acceptance().deemed();
        } else if (phase instanceof Phase.Decided d) {
            acceptedAt = d.acceptance().acceptedAt();
            deemed = d.acceptance().deemed();
        }
        CurrentStep current = a.currentReview().map(step -> new CurrentStep(step.key(), step.name(),
                step.departments(), ((Phase.Review) phase).opinions().keySet().stream().sorted().toList()))
                .orElse(null);
        return new Full(a.number().value(), s.trackingNumber(), a.terms().implementationCode(), a.terms().itemName(),
                a.terms().statutoryWorkingDays(), a.terms().promisedWorkingDays(), a.status(),
                a.applicant() instanceof Applicant.LegalPerson ? "LEGAL_PERSON" : "PERSON",
                a.applicant().displayName(), a.receivedAt(), acceptedAt, deemed,
                phase instanceof Phase.PreReview p ? p.notice().dueAt() : null,
                phase instanceof Phase.AwaitingCorrection c ? c.issues() : List.of(),
                phase instanceof Phase.NotAccepted n ? n.reason() : null, current,
                phase instanceof Phase.Review r && r.pause() != null
                        ? new Pause(r.pause().kind().name(), r.pause().reason(), r.pause().since()) : null,
                deadline(s, now, time),
                phase instanceof Phase.Decided d ? new Decision(d.outcome().name(), d.reasons(), d.at()) : null,
                licence == null ? null : new Licence(licence.number(), licence.checkCode(), licence.validFrom(),
                        licence.validUntil(), licence.department()),
                a.materials(), a.terms().acceptingDepartment(), a.terms().departments(), s.delivery(),
                steps(history));
    }

    static Status status(Stored s, List<CaseStep> history, Instant now, WorkingTime time) {
        var a = s.application();
        return new Status(a.number().value(), a.terms().itemName(), a.status(), a.receivedAt(), deadline(s, now, time),
                steps(history));
    }

    private static Deadline deadline(Stored s, Instant now, WorkingTime time) {
        var a = s.application();
        var phase = a.phase();
        var clock = a.statutoryClock().orElse(switch (phase) {
            case Phase.PreReview p -> p.notice();
            case Phase.AwaitingCorrection c -> c.notice();
            default -> null;
        });
        if (clock == null) {
            return null;
        }
        boolean extended = phase instanceof Phase.Review r && r.extended();
        long left = clock.state() == org.citizenhub.calendar.DeadlineClock.State.STOPPED ? 0
                : clock.remaining(now, time).days();
        return new Deadline(clock.dueAt(), left, clock.state().name(), extended);
    }

    private static List<Step> steps(List<CaseStep> history) {
        return history.stream().map(h -> new Step(h.action(), h.toStatus(), h.at(), h.actor().department())).toList();
    }
}
