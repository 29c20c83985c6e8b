package org.citizenhub.consultation.cases;

import org.citizenhub.consultation.cases.domain.ConsultationCase;
import org.citizenhub.consultation.cases.domain.CaseKind;
import org.citizenhub.consultation.cases.domain.CasePolicyViolation;
import org.citizenhub.consultation.cases.domain.CaseStateException;
import org.citizenhub.consultation.cases.domain.CaseAccessDenied;
import org.citizenhub.consultation.cases.domain.Screening;
import org.citizenhub.consultation.cases.domain.Handling;
import org.citizenhub.consultation.cases.domain.Evaluation;
import org.citizenhub.consultation.cases.domain.CaseChange;
import org.citizenhub.consultation.cases.domain.DeadlineRules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.calendar.DeadlineStateException;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.calendar.YearNotLoadedException;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.consultation.CaseSites;
import org.citizenhub.consultation.ConsultationProperties;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workflow's use cases, one public method each. Every step loads the case, lets the aggregate decide, and
 * stores the new state, its history, its events and its notifications in one transaction; a step on a case someone
 * else changed meanwhile is refused (409) instead of overwriting their work.
 */
@Service
public class CaseHandling {

    /** Called in the step's transaction for each change, e.g. to queue a notification to the citizen. */
    public interface CaseStepListener {
        void stepTaken(ConsultationCase c, CaseChange change);
    }

    private final CaseRepository cases;
    private final DeadlineRules rules;
    private final HubCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConsultationProperties properties;
    private final TrackingNumbers trackingNumbers;
    private final List<CaseStepListener> listeners;
    private final CaseSites sites;

    CaseHandling(CaseRepository cases, DeadlineRules rules, HubCalendar calendar, ApplicationEventPublisher events,
                 TransactionTemplate transactions, Clock clock, ConsultationProperties properties,
                 TrackingNumbers trackingNumbers, List<CaseStepListener> listeners, CaseSites sites) {
        this.cases = cases;
        this.rules = rules;
        this.calendar = calendar;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
        this.trackingNumbers = trackingNumbers;
        this.listeners = listeners;
        this.sites = sites;
    }

    // --- screening ---------------------------------------------------------------------------------------------

    public ConsultationCase accept(Actor dispatcher, String tn, String note) {
        return step(tn, dispatcher, (c, time, now) -> c.accept(dispatcher, note,
                rules.ruleFor(c.kind(), c.category(), firstDeadline(c.kind())), time, now));
    }

    public ConsultationCase refuse(Actor dispatcher, String tn, Screening.RefusalReason reason, String explanation) {
        return step(tn, dispatcher, (c, time, now) -> c.refuse(dispatcher, reason, explanation, now));
    }

    /** Merges the duplicate into {@code intoTn}; the target is read under a row lock in the same transaction. */
    public ConsultationCase merge(Actor dispatcher, String tn, String intoTn) {
        return step(tn, dispatcher, (c, time, now) -> {
            var target = parse(intoTn).flatMap(cases::lockByTrackingNumber)
                    .filter(t -> mayAct(dispatcher, null, t))
                    .orElseThrow(() -> new HubProblem(ConsultationProblem.CASE_NOT_FOUND, intoTn));
            c.mergeInto(dispatcher, target, now);
            save(target, now, time);
        });
    }

    // --- dispatch ----------------------------------------------------------------------------------------------

    public ConsultationCase dispatch(Actor dispatcher, String tn, String lead, List<String> coHandlers) {
        return step(tn, dispatcher, (c, time, now) -> c.dispatch(dispatcher, lead, coHandlers,
                rules.ruleFor(c.kind(), c.category(), "co-handling"), time, now));
    }

    public ConsultationCase dispute(Actor handler, String tn, String reason) {
        return step(tn, handler, (c, time, now) -> c.dispute(handler, reason,
                properties.disputeWindowWorkingHours(), time, now));
    }

    public ConsultationCase redispatch(Actor dispatcher, String tn, String lead, List<String> coHandlers) {
        return step(tn, dispatcher, (c, time, now) -> c.redispatch(dispatcher, lead, coHandlers,
                rules.ruleFor(c.kind(), c.category(), "co-handling"), time, now));
    }

    public ConsultationCase overruleDispute(Actor dispatcher, String tn, String comment) {
        return step(tn, dispatcher, (c, time, now) -> c.overruleDispute(dispatcher, comment, now));
    }

    // --- handling ----------------------------------------------------------------------------------------------

    public ConsultationCase submitCoHandlingPart(Actor handler, String tn, String text) {
        return step(tn, handler, (c, time, now) -> c.submitCoHandlingPart(handler, text, time, now));
    }

    public ConsultationCase transfer(Actor handler, String tn, String department, String reason) {
        return step(tn, handler, (c, time, now) -> c.transfer(handler, department, reason, time, now));
    }

    public ConsultationCase requestInformation(Actor handler, String tn, String question) {
        return step(tn, handler, (c, time, now) -> c.requestInformation(handler, question, time, now));
    }

    public ConsultationCase supplyInformation(Actor writer, String tn, String answer) {
        return step(tn, writer, (c, time, now) -> c.supplyInformation(writer, answer, time, now));
    }

    public ConsultationCase requestExtension(Actor handler, String tn, int workingDays, String reason) {
        return step(tn, handler, (c, time, now) -> c.requestExtension(handler, workingDays, reason, now));
    }

    /** @param site the supervisor's site claim (a site supervisor decides within the site's subtree); null: hub-wide */
    public ConsultationCase decideExtension(Actor supervisor, String site, String tn, boolean approve,
                                            String comment) {
        return step(tn, supervisor, site,
                (c, time, now) -> c.decideExtension(supervisor, approve, comment, time, now));
    }

    public ConsultationCase promiseCompletion(Actor handler, String tn, LocalDate date, String note) {
        return step(tn, handler, (c, time, now) -> {
            int days = date == null ? 0 : ConsultationCase.workingDaysUntil(date, now, time);
            c.promiseCompletion(handler, date, note, rules.completionRule(c.kind(), Math.max(days, 1)), time, now);
        });
    }

    public ConsultationCase draftReply(Actor handler, String tn, String text) {
        return step(tn, handler, (c, time, now) -> c.draftReply(handler, text, now));
    }

    /** @param site the reviewer's site claim (a site reviewer reviews within the site's subtree); null if none */
    public ConsultationCase sendBackReply(Actor reviewer, String site, String tn, String comment) {
        return step(tn, reviewer, site, (c, time, now) -> c.sendBackReply(reviewer, comment, now));
    }

    /** @param site the reviewer's site claim (a site reviewer reviews within the site's subtree); null if none */
    public ConsultationCase approveReply(Actor reviewer, String site, String tn, boolean allowPublication) {
        return step(tn, reviewer, site, (c, time, now) -> c.approveReply(reviewer, allowPublication, time, now));
    }

    public ConsultationCase rate(Actor writer, String tn, Evaluation.Rating rating, String comment,
                                 boolean askForRehandling) {
        return step(tn, writer, (c, time, now) -> c.rate(writer, rating, comment, askForRehandling,
                rules.ruleFor(c.kind(), c.category(), firstDeadline(c.kind())), time, now));
    }

    public ConsultationCase recordFollowUp(Actor staff, String tn, boolean reached, Evaluation.Rating satisfaction,
                                           String note) {
        return step(tn, staff, (c, time, now) -> c.recordFollowUp(staff, reached, satisfaction, note, now));
    }

    /** @param site the supervisor's site claim; null: hub-wide */
    public ConsultationCase urge(Actor supervisor, String site, String tn, String note) {
        return step(tn, supervisor, site, (c, time, now) -> c.urge(supervisor, note, time, now));
    }

    // --- deadline announcements (platform/casework's DeadlineWatch) --------------------------------------------

    List<UUID> dueAnnouncements(Instant now, int limit) {
        return cases.dueAnnouncements(now, limit);
    }

    /** Announces what has come for one case, in its own transaction; the shared event per announcement. */
    int announce(UUID id, Instant now) {
        Integer made = transactions.execute(status -> {
            var c = cases.findById(id).orElse(null);
            if (c == null) {
                return 0;
            }
            WorkingTime time = calendar.workingTime();
            var due = c.takeDueAnnouncements(time, now);
            if (due.isEmpty()) {
                // nothing left (e.g. answered meanwhile): store the case so that its next_notice_at moves on
                cases.update(c, now, time);
                return 0;
            }
            var ref = new CaseRef("consultation", caseType(c.kind()), c.id().toString(),
                    new org.citizenhub.casework.tracking.TrackingNumber(c.trackingNumber()),
                    c.state().dispatch() == null ? null : c.state().dispatch().lead())
                    .withSites(siteOf(c), handlingSiteOf(c));
            for (var d : due) {
                events.publishEvent(DeadlineAnnounced.of(ref, d, now, clock));
            }
            save(c, now, time);
            return due.size();
        });
        return made == null ? 0 : made;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /**
     * A case as a member of staff may see it: 404 for a handler of an unrelated department, or for a site
     * supervisor or reviewer ({@code site}: their site claim) outside the site's subtree.
     */
    public ConsultationCase staffView(Actor staff, String site, String tn) {
        return find(tn).filter(c -> mayAct(staff, site, c))
                .orElseThrow(() -> new HubProblem(ConsultationProblem.CASE_NOT_FOUND, tn));
    }

    /** The case's site: where it was submitted, the root's for a case from before sites. */
    public String siteOf(ConsultationCase c) {
        return sites.siteOfCase(c.site());
    }

    /** The site of the department handling the case (null: a department the directory does not know). */
    public String handlingSiteOf(ConsultationCase c) {
        return sites.siteOfDepartment(handlingDepartment(c));
    }

    public List<CaseStep> history(ConsultationCase c) {
        return cases.history(c.id());
    }

    public Instant now() {
        return clock.instant();
    }

    public WorkingTime workingTime() {
        return calendar.workingTime();
    }

    public Optional<ConsultationCase> find(String tn) {
        return parse(tn).flatMap(cases::findByTrackingNumber);
    }

    /** The kind's name on the shared deadline bus, e.g. {@code complaint}, {@code error-report}. */
    static String caseType(CaseKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String firstDeadline(CaseKind kind) {
        return kind.needsInvestigation() ? Handling.INVESTIGATION : Handling.REPLY;
    }

    private interface Step {
        void apply(ConsultationCase c, WorkingTime time, Instant now);
    }

    private ConsultationCase step(String tn, Actor actor, Step step) {
        return step(tn, actor, null, step);
    }

    private ConsultationCase step(String tn, Actor actor, String site, Step step) {
        try {
            return transactions.execute(status -> {
                var c = find(tn).filter(x -> mayAct(actor, site, x))
                        .orElseThrow(() -> new HubProblem(ConsultationProblem.CASE_NOT_FOUND, tn));
                Instant now = clock.instant();
                WorkingTime time = calendar.workingTime();
                step.apply(c, time, now);
                save(c, now, time);
                return c;
            });
        } catch (CaseStateException | DeadlineStateException e) {
            throw new HubProblem(ConsultationProblem.CASE_NOT_IN_STATE, tn);
        } catch (CaseAccessDenied e) {
            throw new HubProblem(ConsultationProblem.CASE_NOT_FOUND, tn);
        } catch (CasePolicyViolation e) {
            throw new HubProblem(ConsultationProblem.of(e.policy()), e.args());
        } catch (CaseRepository.ConcurrentCaseUpdate e) {
            throw new HubProblem(ConsultationProblem.CASE_CHANGED_CONCURRENTLY, tn);
        } catch (YearNotLoadedException e) {
            throw new HubProblem(ConsultationProblem.CALENDAR_YEAR_NOT_LOADED, String.valueOf(e.year()));
        } catch (IllegalArgumentException e) {
            throw new HubProblem(ConsultationProblem.INVALID_CASE_STEP, field(e));
        }
    }

    /**
     * The field a domain refusal names ("title: ..."), so that the localized detail shows the field and not an
     * English sentence inside the Chinese text.
     */
    static String field(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        var matcher = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9.]{0,40}):").matcher(message);
        return matcher.find() ? matcher.group(1) : "-";
    }

    /**
     * Who may act on (and see) a case: its writer; handlers and reviewers of the dispatch centre and of the
     * departments it is dispatched to (the centre's reviewers thus review every reply that passes through it, a
     * department's reviewers only their department's cases, as in the mailbox); supervisors, who supervise every
     * department. With a site claim ({@code site}, 集约化) a supervisor sees only the site's subtree and a reviewer
     * additionally reviews in it: the cases submitted on its sites and those its departments lead or co-handle.
     * Handlers are unchanged by a claim. Staff without a department (and without a claim) see nothing.
     */
    /** Whether a member of staff ({@code site}: their site claim, null if none) may see the case. */
    public boolean mayStaffSee(Actor staff, String site, ConsultationCase c) {
        return staff.isStaff() && mayAct(staff, site, c);
    }

    private boolean mayAct(Actor actor, String site, ConsultationCase c) {
        return mayAct(actor, site, c, sites);
    }

    static boolean mayAct(Actor actor, String site, ConsultationCase c, CaseSites sites) {
        return switch (actor.role()) {
            case CITIZEN -> c.isWrittenBy(actor.id());
            case HANDLER -> c.isVisibleToDepartment(actor.department());
            case REVIEWER -> c.isVisibleToDepartment(actor.department()) || site != null && inSubtree(c, site, sites);
            case SUPERVISOR -> site == null || inSubtree(c, site, sites);
            case SYSTEM -> true;
        };
    }

    private static boolean inSubtree(ConsultationCase c, String site, CaseSites sites) {
        var dispatch = c.state().dispatch();
        var departments = dispatch == null ? List.<String>of() : dispatch.departments();
        return sites.subtree(site).covers(c.site(), departments);
    }

    void save(ConsultationCase c, Instant now, WorkingTime time) {
        cases.update(c, now, time);
        publish(c);
    }

    void publish(ConsultationCase c) {
        for (CaseChange change : c.changes()) {
            if (change.action().event() != null) {
                events.publishEvent(CaseHandled.of(c, change, siteOf(c), handlingSiteOf(c),
                        calendar.policy().zone(), clock));
            }
            listeners.forEach(l -> l.stepTaken(c, change));
        }
    }

    /** The department handling the case: the lead once dispatched, the dispatch centre before. */
    static String handlingDepartment(ConsultationCase c) {
        return c.state().dispatch() != null ? c.state().dispatch().lead() : c.state().dispatchCentre();
    }

    private Optional<String> parse(String tn) {
        return trackingNumbers.parse(tn).map(t -> t.value());
    }
}
