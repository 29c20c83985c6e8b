package org.citizenhub.hall.applications.domain;

import static org.citizenhub.hall.applications.domain.ApplicationPolicy.CORRECTION_NEEDS_ISSUES;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.CORRECTION_NOTICE_TOO_LATE;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.EXTENSION_NOT_ALLOWED;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.MATERIAL_MISSING;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.NOT_A_REVIEWER_OF_THIS_STEP;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.NOT_THE_ACCEPTING_WINDOW;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.PAUSE_NOT_ALLOWED;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.REASON_REQUIRED;
import static org.citizenhub.hall.applications.domain.ApplicationPolicy.WRONG_PHASE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.hall.applications.domain.Phase.Acceptance;
import org.citizenhub.hall.applications.domain.Phase.AwaitingCorrection;
import org.citizenhub.hall.applications.domain.Phase.Decided;
import org.citizenhub.hall.applications.domain.Phase.NotAccepted;
import org.citizenhub.hall.applications.domain.Phase.Opinion;
import org.citizenhub.hall.applications.domain.Phase.Pause;
import org.citizenhub.hall.applications.domain.Phase.PreReview;
import org.citizenhub.hall.applications.domain.Phase.Review;

/**
 * An application (办件) for one item version, moved through the item's configured process: pre-review by the
 * accepting window, acceptance (or not, or 补正), the review steps (parallel when a step lists several departments),
 * the decision within the statutory limit. No step knows an item: everything item-specific comes from
 * {@link ApplicationTerms}. Immutable; every step returns the next application and the {@link CaseStep}s it took.
 */
public record Application(ApplicationNumber number, ApplicationTerms terms, Applicant applicant,
                          Map<String, String> materials, Instant receivedAt, Phase phase) {

    /** 行政许可法 第三十二条: five working days to tell the applicant what to correct. */
    public static final int NOTICE_WORKING_DAYS = 5;
    /** 行政许可法 第四十二条: at most ten working days more, with the head's approval. */
    public static final int LONGEST_EXTENSION = 10;

    static final DeadlineRule<WorkingDays> NOTICE =
            DeadlineRule.of("hall-application-notice", WorkingDays.of(NOTICE_WORKING_DAYS), WorkingDays.of(1));

    public Application {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(phase, "phase");
        materials = Map.copyOf(materials);
    }

    /** The application and the steps that made it. */
    public record Step(Application application, List<CaseStep> steps) {
        public Step {
            steps = List.copyOf(steps);
        }
    }

    /**
     * A submission: every required material of the item claimed (by material code → attachment id), the notice
     * clock started at receipt.
     */
    public static Step submit(ApplicationNumber number, ApplicationTerms terms, Applicant applicant,
                              Map<String, String> materials, Actor citizen, Instant at, WorkingTime time) {
        var missing = terms.materials().stream().filter(RequiredMaterial::required)
                .filter(m -> !materials.containsKey(m.code())).map(RequiredMaterial::name).toList();
        if (!missing.isEmpty()) {
            throw new ApplicationPolicyViolation(MATERIAL_MISSING, String.join("、", missing));
        }
        var application = new Application(number, terms, applicant, materials, at,
                new PreReview(DeadlineClock.start(NOTICE, at, citizen.id(), time)));
        return new Step(application, List.of(new CaseStep("SUBMITTED", null, "RECEIVED", citizen, at,
                Map.of("item", terms.implementationCode()))));
    }

    public String status() {
        return phase.status();
    }

    // ---- pre-review (预审) --------------------------------------------------------------------------------------

    public Step accept(Actor window, Instant at, WorkingTime time) {
        var pre = requirePhase(PreReview.class);
        requireWindow(window);
        return accepted(new Acceptance(at, false), window, at, time, pre.notice().stop(at, window.id(), time),
                "ACCEPTED", Map.of());
    }

    public Step notAccept(Actor window, String reason, Instant at, WorkingTime time) {
        requirePhase(PreReview.class);
        requireWindow(window);
        requireReason(reason);
        return step(new NotAccepted(reason, at), "NOT_ACCEPTED", window, at, Map.of());
    }

    /** 补正: every missing or wrong material at once; late notices (past Art 32's five days) are refused. */
    public Step requestCorrection(Actor window, List<MaterialIssue> issues, Instant at, WorkingTime time) {
        var pre = requirePhase(PreReview.class);
        requireWindow(window);
        if (issues == null || issues.isEmpty()) {
            throw new ApplicationPolicyViolation(CORRECTION_NEEDS_ISSUES);
        }
        if (at.isAfter(pre.notice().dueAt())) {
            throw new ApplicationPolicyViolation(CORRECTION_NOTICE_TOO_LATE, NOTICE_WORKING_DAYS);
        }
        var paused = pre.notice().pause(at, "补正", window.id(), time);
        return step(new AwaitingCorrection(issues, at, paused), "CORRECTION_REQUESTED", window, at,
                Map.of("issues", issues.size()));
    }

    /** The applicant sends the corrected materials; pre-review goes on with the time it had left. */
    public Step correct(Map<String, String> corrected, Actor citizen, Instant at, WorkingTime time) {
        var waiting = requirePhase(AwaitingCorrection.class);
        var all = new LinkedHashMap<>(materials);
        all.putAll(corrected);
        var next = new Application(number, terms, applicant, all, receivedAt,
                new PreReview(waiting.notice().resume(at, citizen.id(), time)));
        return new Step(next, List.of(new CaseStep("CORRECTED", status(), next.status(), citizen, at, Map.of())));
    }

    /** Whether 行政许可法 第三十二条 has made this application accepted: nobody told the applicant within five days. */
    public boolean noticeOverdue(Instant now) {
        return phase instanceof PreReview pre && now.isAfter(pre.notice().dueAt());
    }

    /** 行政许可法 第三十二条: accepted as of the day of receipt, the statutory limit counted from then. */
    public Step deemAccepted(Instant now, WorkingTime time) {
        var pre = requirePhase(PreReview.class);
        if (!noticeOverdue(now)) {
            throw new ApplicationPolicyViolation(WRONG_PHASE, status());
        }
        return accepted(new Acceptance(receivedAt, true), Actor.SYSTEM, now, time,
                pre.notice().stop(now, Actor.SYSTEM.id(), time), "DEEMED_ACCEPTED", Map.of("article", "32"));
    }

    private Step accepted(Acceptance acceptance, Actor by, Instant at, WorkingTime time,
                          DeadlineClock<WorkingDays> noticeStopped, String action, Map<String, Object> details) {
        var rule = DeadlineRule.of("hall-application-statutory", WorkingDays.of(terms.statutoryWorkingDays()),
                WorkingDays.of(Math.min(3, terms.statutoryWorkingDays())));
        var statutory = DeadlineClock.start(rule, acceptance.acceptedAt(), by.id(), time);
        var review = startStep(new Review(acceptance, statutory, 0, Map.of(), Map.of(), null, false), 0, by, at, time);
        return step(review, action, by, at, details);
    }

    // ---- review (审查), parallel when a step lists several departments --------------------------------------------

    /** The review step under way, if the application is being reviewed and not every step is done. */
    public java.util.Optional<ProcessStep> currentReview() {
        if (phase instanceof Review r && r.step() < terms.reviews().size()) {
            return java.util.Optional.of(terms.reviews().get(r.step()));
        }
        return java.util.Optional.empty();
    }

    /**
     * One department's opinion on the current step. The step is decided when every department has answered; one
     * refusal refuses the application with every refusing department's reason.
     */
    public Step review(Actor reviewer, boolean approves, String reason, Instant at, WorkingTime time) {
        var review = requirePhase(Review.class);
        requireNotPaused(review);
        var step = currentReview().orElseThrow(() -> new ApplicationPolicyViolation(WRONG_PHASE, status()));
        String dept = reviewer.department();
        if (dept == null || !step.departments().contains(dept) || review.opinions().containsKey(dept)) {
            throw new ApplicationPolicyViolation(NOT_A_REVIEWER_OF_THIS_STEP, step.name());
        }
        if (!approves) {
            requireReason(reason);
        }
        var opinions = new LinkedHashMap<>(review.opinions());
        opinions.put(dept, new Opinion(dept, approves, reason, reviewer.id(), at));
        var clocks = new LinkedHashMap<>(review.stepClocks());
        clocks.computeIfPresent(dept, (d, c) -> c.state() == DeadlineClock.State.STOPPED ? c : c.stop(at, reviewer.id(), time));
        var details = new LinkedHashMap<String, Object>();
        details.put("step", step.key());
        details.put("department", dept);
        details.put("approves", approves);
        var steps = new ArrayList<CaseStep>();
        steps.add(new CaseStep("REVIEWED", status(), status(), reviewer, at, details));
        var next = new Review(review.acceptance(), review.statutory(), review.step(), opinions, clocks, null,
                review.extended());
        if (!opinions.keySet().containsAll(step.departments())) {
            return new Step(with(next), steps);
        }
        var refusals = opinions.values().stream().filter(o -> !o.approves()).toList();
        if (!refusals.isEmpty()) {
            var reasons = refusals.stream().map(o -> o.department() + "：" + o.reason()).toList();
            var decided = decided(next, Outcome.REFUSED, reasons, at, time, Actor.SYSTEM);
            steps.addAll(decided.steps());
            return new Step(decided.application(), steps);
        }
        var moved = startStep(new Review(next.acceptance(), next.statutory(), next.step() + 1, Map.of(), Map.of(),
                null, next.extended()), next.step() + 1, reviewer, at, time);
        steps.add(new CaseStep("STEP_COMPLETED", status(), moved.status(), reviewer, at, Map.of("step", step.key())));
        return new Step(with(moved), steps);
    }

    private Review startStep(Review review, int index, Actor by, Instant at, WorkingTime time) {
        if (index >= terms.reviews().size()) {
            return review;
        }
        var step = terms.reviews().get(index);
        var rule = DeadlineRule.of("hall-step-" + step.key().toLowerCase().replaceAll("[^a-z0-9-]", "-"),
                WorkingDays.of(step.limitWorkingDays()));
        var clocks = new LinkedHashMap<String, DeadlineClock<WorkingDays>>();
        step.departments().forEach(d -> clocks.put(d, DeadlineClock.start(rule, at, by.id(), time)));
        return new Review(review.acceptance(), review.statutory(), index, Map.of(), clocks, null, review.extended());
    }

    // ---- Art 45 pauses and Art 42 extension ------------------------------------------------------------------------

    /** 行政许可法 第四十五条: a hearing, inspection, testing or expert review; its time is not counted. */
    public Step pause(Actor staff, PauseKind kind, String reason, Instant at, WorkingTime time) {
        var review = requirePhase(Review.class);
        requireWorker(staff);
        if (review.pause() != null || kind == null) {
            throw new ApplicationPolicyViolation(PAUSE_NOT_ALLOWED);
        }
        requireReason(reason);
        var clocks = new LinkedHashMap<String, DeadlineClock<WorkingDays>>();
        review.stepClocks().forEach((d, c) -> clocks.put(d,
                c.state() == DeadlineClock.State.RUNNING ? c.pause(at, kind.name(), staff.id(), time) : c));
        var next = new Review(review.acceptance(), review.statutory().pause(at, kind.name() + "：" + reason,
                staff.id(), time), review.step(), review.opinions(), clocks, new Pause(kind, reason, at),
                review.extended());
        return step(next, "PAUSED", staff, at, Map.of("kind", kind.name()));
    }

    public Step resume(Actor staff, Instant at, WorkingTime time) {
        var review = requirePhase(Review.class);
        requireWorker(staff);
        if (review.pause() == null) {
            throw new ApplicationPolicyViolation(PAUSE_NOT_ALLOWED);
        }
        var clocks = new LinkedHashMap<String, DeadlineClock<WorkingDays>>();
        review.stepClocks().forEach((d, c) -> clocks.put(d,
                c.state() == DeadlineClock.State.PAUSED ? c.resume(at, staff.id(), time) : c));
        var next = new Review(review.acceptance(), review.statutory().resume(at, staff.id(), time), review.step(),
                review.opinions(), clocks, null, review.extended());
        return step(next, "RESUMED", staff, at, Map.of("kind", review.pause().kind().name()));
    }

    /** 行政许可法 第四十二条: once, at most ten working days, approved by a head of the accepting department. */
    public Step extend(Actor head, boolean isHead, int workingDays, String reason, Instant at, WorkingTime time) {
        var review = requirePhase(Review.class);
        if (!isHead || !terms.acceptingDepartment().equals(head.department())) {
            throw new ApplicationPolicyViolation(EXTENSION_NOT_ALLOWED, LONGEST_EXTENSION);
        }
        if (review.extended() || workingDays < 1 || workingDays > LONGEST_EXTENSION) {
            throw new ApplicationPolicyViolation(EXTENSION_NOT_ALLOWED, LONGEST_EXTENSION);
        }
        requireReason(reason);
        var next = new Review(review.acceptance(), review.statutory().extend(WorkingDays.of(workingDays), reason,
                head.id(), at, time), review.step(), review.opinions(), review.stepClocks(), review.pause(), true);
        return step(next, "EXTENDED", head, at, Map.of("workingDays", workingDays));
    }

    // ---- decision (准予 / 不予) -----------------------------------------------------------------------------------

    /**
     * The accepting department decides once every review step is done (a refusal says why, 行政许可法 第三十八条);
     * when the process has a HEAD step, only a head of that department signs the decision.
     */
    public Step decide(Actor window, boolean isHead, Outcome outcome, String reason, Instant at, WorkingTime time) {
        var review = requirePhase(Review.class);
        requireWindow(window);
        if (!isHead && terms.process().stream().anyMatch(s -> s.role() == StepRole.HEAD)) {
            throw new ApplicationPolicyViolation(ApplicationPolicy.HEAD_DECIDES);
        }
        requireNotPaused(review);
        if (currentReview().isPresent()) {
            throw new ApplicationPolicyViolation(WRONG_PHASE, status());
        }
        if (outcome == Outcome.REFUSED) {
            requireReason(reason);
        }
        return decided(review, outcome, reason == null || reason.isBlank() ? List.of() : List.of(reason), at, time,
                window);
    }

    private Step decided(Review review, Outcome outcome, List<String> reasons, Instant at, WorkingTime time,
                         Actor by) {
        var next = new Decided(review.acceptance(), review.statutory().stop(at, by.id(), time), outcome, reasons, at);
        return step(next, "DECIDED", by, at, Map.of("outcome", outcome.name()));
    }

    // ---- who sees it ---------------------------------------------------------------------------------------------

    /** The accepting window and every reviewing department work on it; nobody else of the staff sees it. */
    public boolean isWorkedOnBy(Set<String> departments) {
        return terms.departments().stream().anyMatch(departments::contains);
    }

    /** The statutory clock, once accepted. */
    public java.util.Optional<DeadlineClock<WorkingDays>> statutoryClock() {
        return switch (phase) {
            case Review r -> java.util.Optional.of(r.statutory());
            case Decided d -> java.util.Optional.of(d.statutory());
            default -> java.util.Optional.empty();
        };
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Application with(Phase next) {
        return new Application(number, terms, applicant, materials, receivedAt, next);
    }

    private Step step(Phase next, String action, Actor by, Instant at, Map<String, Object> details) {
        var application = with(next);
        return new Step(application, List.of(new CaseStep(action, status(), application.status(), by, at, details)));
    }

    private <P extends Phase> P requirePhase(Class<P> type) {
        if (!type.isInstance(phase)) {
            throw new ApplicationPolicyViolation(WRONG_PHASE, status());
        }
        return type.cast(phase);
    }

    private void requireWindow(Actor actor) {
        if (actor == null || !terms.acceptingDepartment().equals(actor.department())) {
            throw new ApplicationPolicyViolation(NOT_THE_ACCEPTING_WINDOW, terms.acceptingDepartment());
        }
    }

    private void requireWorker(Actor actor) {
        if (actor == null || actor.department() == null || !terms.departments().contains(actor.department())) {
            throw new ApplicationPolicyViolation(NOT_THE_ACCEPTING_WINDOW, terms.acceptingDepartment());
        }
    }

    private static void requireNotPaused(Review review) {
        if (review.pause() != null) {
            throw new ApplicationPolicyViolation(WRONG_PHASE, review.status());
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApplicationPolicyViolation(REASON_REQUIRED);
        }
    }
}
