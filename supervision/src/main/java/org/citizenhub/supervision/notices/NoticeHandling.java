package org.citizenhub.supervision.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.casework.submission.IdempotentSubmission;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.supervision.notices.NoticeRepository.Stored;
import org.citizenhub.supervision.notices.domain.CaseOnNotice;
import org.citizenhub.supervision.notices.domain.Notice;
import org.citizenhub.supervision.notices.domain.NoticePolicies;
import org.citizenhub.supervision.notices.domain.NoticePhase;
import org.citizenhub.supervision.notices.domain.NoticeRefused;
import org.citizenhub.supervision.notices.domain.NoticeRule;
import org.citizenhub.supervision.notices.domain.Staff;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.CurrentUser;
import org.citizenhub.web.security.DepartmentScope;
import org.citizenhub.web.security.HubRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办's use cases, one public method each: issue a notice, reply, accept or send back a reply, escalate an overdue
 * notice, announce its reply deadline; and what each person may read. Every change is one transaction with its
 * steps, its audit-log line, its outbox event and its reply clock.
 */
@Service
public class NoticeHandling {

    static final String REPLY_CLOCK = "reply";
    static final String RULE_CODE = "supervision-notice-reply";
    /** The shared deadline event names notices so, so that they can appear in the overdue view. */
    static final String SERVICE = "supervision";
    static final String CASE_TYPE = "supervision-notice";
    static final String NUMBER_PREFIX = "DB";
    static final AuditActor SYSTEM = new AuditActor(Staff.SYSTEM.subject(), Staff.SYSTEM.name());
    static final String TARGET = "supervision-notice";

    private final NoticeRepository notices;
    private final SupervisedCases cases;
    private final Clock clock;
    private final HubCalendar calendar;
    private final HubSites sites;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NoticesProperties properties;
    private final TrackingNumbers numbers;
    private final IdempotentSubmission submissions;

    NoticeHandling(NoticeRepository notices, SupervisedCases cases, JdbcClient jdbc, Clock clock,
                   HubCalendar calendar, HubSites sites, AuditLog audit, ApplicationEventPublisher events,
                   NoticesProperties properties, IdempotentSubmission submissions) {
        this.submissions = submissions;
        this.notices = notices;
        this.cases = cases;
        this.clock = clock;
        this.calendar = calendar;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.numbers = TrackingNumbers.fromSequence(jdbc, NUMBER_PREFIX, "sv_notice_serial", clock);
    }

    // --- changes ----------------------------------------------------------------------------------------------------

    /**
     * A supervisor issues a notice on a case (named by id or tracking number) to the department handling it, asking
     * for {@code measures} within {@code workingDays} (the configured default when null). A retry with the same
     * Idempotency-Key gets the first notice back. Runs its own transaction (not inside one).
     */
    public Notice issue(CurrentUser user, String service, String caseId, String trackingNumber, String measures,
                        Integer workingDays, IdempotencyKey key) {
        Staff staff = staff(user);
        try {
            return submissions.submit(key, new IdempotentSubmission.IdempotentRequest<Notice>() {
                @Override
                public Optional<Notice> earlier(IdempotencyKey k) {
                    return notices.byIdempotencyKey(staff.subject(), k.value()).map(Stored::notice);
                }

                @Override
                public boolean sameAs(Notice earlier) {
                    var c = earlier.onCase();
                    return c.service().equals(service)
                            && (c.caseId().equals(caseId) || java.util.Objects.equals(c.trackingNumber(), trackingNumber))
                            && earlier.issue().text().equals(measures == null ? null : measures.strip());
                }

                @Override
                public Notice create(Optional<IdempotencyKey> k) {
                    return issueNow(user, staff, service, caseId, trackingNumber, measures, workingDays,
                            k.map(IdempotencyKey::value).orElse(null));
                }
            }).result();
        } catch (DuplicateKeyException race) {
            // another supervisor's notice on the same case committed first (sv_notice_one_open_per_case)
            throw NoticeProblem.of(new NoticeRefused(NoticeRule.ONE_OPEN_NOTICE_PER_CASE, service + " "
                    + (caseId != null ? caseId : trackingNumber), "-"));
        }
    }

    private Notice issueNow(CurrentUser user, Staff staff, String service, String caseId, String trackingNumber,
                            String measures, Integer workingDays, String idempotencyKey) {
        return guarded(() -> {
            NoticePolicies.onlySupervisorsSupervise(staff).orRefuse();
            var known = (caseId != null && !caseId.isBlank() ? cases.byId(service, caseId)
                    : trackingNumber != null && !trackingNumber.isBlank()
                    ? cases.byTrackingNumber(service, trackingNumber)
                    : Optional.<SupervisedCases.KnownCase>empty())
                    .orElseThrow(() -> isBlank(caseId) && isBlank(trackingNumber)
                            ? new HubProblem(NoticeProblem.CASE_NOT_NAMED)
                            : new HubProblem(NoticeProblem.CASE_NOT_FOUND, service,
                            isBlank(caseId) ? trackingNumber : caseId));
            String label = service + " " + (known.trackingNumber() != null ? known.trackingNumber() : known.caseId());
            NoticePolicies.aCaseNeedsItsHandlingDepartment(known.department(), label).orRefuse();
            NoticePolicies.supervisorsActWithinTheirScope(supervisorScope(user).canSee(known.department()), label,
                    known.department()).orRefuse();
            NoticePolicies.textGiven(measures, properties.maxTextLength()).orRefuse();
            int days = workingDays == null ? properties.replyWorkingDays() : workingDays;
            NoticePolicies.replyWithinWorkingDays(days, properties.longestReplyWorkingDays()).orRefuse();
            NoticePolicies.oneOpenNoticePerCase(notices.openOn(known.service(), known.caseId()).orElse(null), label)
                    .orRefuse();

            String site = known.handlingSite() != null ? known.handlingSite()
                    : sites.siteOf(known.department()).orElse(known.site());
            var onCase = new CaseOnNotice(known.service(), known.caseType(), known.caseId(), known.trackingNumber(),
                    known.department(), site);
            Instant now = clock.instant();
            WorkingTime time = calendar.workingTime();
            DeadlineClock<WorkingDays> reply = DeadlineClock.start(rule(days), now, staff.subject(), time);
            Notice notice = Notice.issue(UUID.randomUUID(), numbers.next().value(), onCase, staff, measures, now,
                    reply.dueAt());
            notices.insert(notice, staff.subject(), idempotencyKey, CaseDeadlines.none().start(REPLY_CLOCK, reply),
                    time);
            var details = new LinkedHashMap<String, Object>();
            details.put("service", onCase.service());
            details.put("caseId", onCase.caseId());
            details.put("department", onCase.department());
            details.put("workingDays", days);
            details.put("replyDueAt", reply.dueAt().toString());
            audit.record(actor(user), "supervision-notice-issued", TARGET, notice.number(), details);
            events.publishEvent(NoticeEvents.of(NoticeEvents.ISSUED, notice, null, null, clock));
            return notice;
        });
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The department (a handler or its head) answers with the measures it took. */
    @Transactional
    public Notice reply(CurrentUser user, String number, String measures) {
        Stored stored = visible(user, number);
        Staff staff = staff(user);
        return guarded(() -> {
            NoticePolicies.theNoticedDepartmentAnswers(staff, stored.notice()).orRefuse();
            NoticePolicies.textGiven(measures, properties.maxTextLength()).orRefuse();
            Instant now = clock.instant();
            WorkingTime time = calendar.workingTime();
            Notice after = stored.notice().reply(staff, measures, now);
            var deadlines = stored.deadlines().update(REPLY_CLOCK, c -> c.stop(now, staff.subject(), time));
            notices.update(stored, after, deadlines, time);
            boolean late = after.phase() instanceof NoticePhase.Replied r
                    && r.late();
            audit.record(actor(user), "supervision-notice-replied", TARGET, number,
                    Map.of("round", after.phase().round(), "late", late));
            events.publishEvent(NoticeEvents.of(NoticeEvents.REPLIED, after, late, null, clock));
            return after;
        });
    }

    /** A supervisor in scope accepts the reply: the supervision of the case ends. */
    @Transactional
    public Notice accept(CurrentUser user, String number, String comment) {
        Stored stored = visible(user, number);
        Staff staff = staff(user);
        return guarded(() -> {
            requireSupervisorInScope(user, staff, stored.notice());
            if (comment != null && !comment.isBlank()) {
                NoticePolicies.textGiven(comment, properties.maxTextLength()).orRefuse();
            }
            Notice after = stored.notice().accept(staff, comment, clock.instant());
            notices.update(stored, after, stored.deadlines(), calendar.workingTime());
            audit.record(actor(user), "supervision-notice-accepted", TARGET, number,
                    Map.of("round", after.phase().round()));
            events.publishEvent(NoticeEvents.of(NoticeEvents.ACCEPTED, after, null, null, clock));
            return after;
        });
    }

    /** A supervisor in scope sends the reply back with a comment: another round, with a new deadline. */
    @Transactional
    public Notice sendBack(CurrentUser user, String number, String comment, Integer workingDays) {
        Stored stored = visible(user, number);
        Staff staff = staff(user);
        return guarded(() -> {
            requireSupervisorInScope(user, staff, stored.notice());
            NoticePolicies.textGiven(comment, properties.maxTextLength()).orRefuse();
            int days = workingDays == null ? properties.replyWorkingDays() : workingDays;
            NoticePolicies.replyWithinWorkingDays(days, properties.longestReplyWorkingDays()).orRefuse();
            Instant now = clock.instant();
            WorkingTime time = calendar.workingTime();
            DeadlineClock<WorkingDays> reply = DeadlineClock.start(rule(days), now, staff.subject(), time);
            Notice after = stored.notice().sendBack(staff, comment, now, reply.dueAt(), properties.maxRounds());
            notices.update(stored, after, stored.deadlines().start(REPLY_CLOCK, reply), time);
            audit.record(actor(user), "supervision-notice-returned", TARGET, number,
                    Map.of("round", after.phase().round(), "workingDays", days,
                            "replyDueAt", reply.dueAt().toString()));
            events.publishEvent(NoticeEvents.of(NoticeEvents.RETURNED, after, null, null, clock));
            return after;
        });
    }

    /**
     * Escalates one notice to its department's head if its reply is overdue at {@code now} and it was never
     * escalated; false when nothing was due (replied meanwhile, escalated by another run).
     */
    @Transactional
    public boolean escalate(UUID id, Instant now) {
        Optional<Stored> stored = notices.lock(id);
        if (stored.isEmpty()) {
            return false;
        }
        Optional<Notice> escalated = stored.get().notice().escalate(now);
        if (escalated.isEmpty()) {
            return false;
        }
        Notice after = escalated.get();
        notices.update(stored.get(), after, stored.get().deadlines(), calendar.workingTime());
        audit.record(SYSTEM, "supervision-notice-escalated", TARGET, after.number(),
                Map.of("department", after.department(), "to", Staff.DEPARTMENT_HEAD,
                        "round", after.phase().round()));
        events.publishEvent(NoticeEvents.of(NoticeEvents.ESCALATED, after, null, Staff.DEPARTMENT_HEAD, clock));
        return true;
    }

    List<UUID> dueForEscalation(Instant now, int limit) {
        return notices.dueForEscalation(now, limit);
    }

    // --- the shared deadline event ----------------------------------------------------------------------------------

    List<UUID> dueAnnouncements(Instant now, int limit) {
        return notices.dueAnnouncements(now, limit);
    }

    /** Makes the reply clock's due-soon / overdue announcements due at {@code now}; how many were made. */
    @Transactional
    public int announce(UUID id, Instant now) {
        Optional<Stored> found = notices.lock(id);
        if (found.isEmpty()) {
            return 0;
        }
        Stored stored = found.get();
        Notice n = stored.notice();
        var ref = new CaseRef(SERVICE, CASE_TYPE, n.id().toString(), new TrackingNumber(n.number()),
                n.department()).withSites(n.onCase().site(), n.onCase().site());
        WorkingTime time = calendar.workingTime();
        var announced = stored.deadlines().announce(ref, now, time, clock);
        announced.events().forEach(events::publishEvent);
        notices.update(stored, n, announced.deadlines(), time);
        return announced.events().size();
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /** A notice the caller may see (404 otherwise: a notice of another department does not show it exists). */
    public Notice find(CurrentUser user, String number) {
        return visible(user, number).notice();
    }

    /**
     * The notices on a case, for those who may see the case: its department's staff and head, supervisors whose
     * scope covers it, administrators. Anyone else, and a case without notices, gets 404.
     */
    public List<Notice> onCase(CurrentUser user, String service, String caseId) {
        List<Notice> all = notices.onCase(service, caseId).stream().map(Stored::notice).toList();
        boolean caseVisible = cases.byId(service, caseId).map(c -> canSee(user, c.department())).orElse(false);
        boolean anyVisible = all.stream().anyMatch(n -> canSee(user, n.department()));
        if (!caseVisible && !anyVisible) {
            throw new HubProblem(NoticeProblem.CASE_NOT_FOUND, service, caseId);
        }
        return all;
    }

    /** The notices a supervisor issued, newest first. */
    public List<Notice> issued(CurrentUser user, String phase, int page, int size) {
        guarded(() -> {
            NoticePolicies.onlySupervisorsSupervise(staff(user)).orRefuse();
            return null;
        });
        return notices.issuedBy(user.subject(), phase, page, size).stream().map(Stored::notice).toList();
    }

    /**
     * The notices the caller's department received, newest first; {@code escalatedOnly} lists what reached the
     * department head. Nothing for someone without a department.
     */
    public List<Notice> received(CurrentUser user, String phase, boolean escalatedOnly, int page, int size) {
        if (user.department() == null || !user.hasAnyRole(HubRoles.HANDLER, Staff.DEPARTMENT_HEAD)) {
            return List.of();
        }
        return notices.receivedBy(user.department(), phase, escalatedOnly, page, size).stream().map(Stored::notice)
                .toList();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private Stored visible(CurrentUser user, String number) {
        return notices.byNumber(number).filter(s -> canSee(user, s.notice().department()))
                .orElseThrow(() -> new HubProblem(NoticeProblem.NOT_FOUND, number));
    }

    /** Its department's staff and head, supervisors whose scope covers it, administrators. */
    boolean canSee(CurrentUser user, String department) {
        if (department == null) {
            return user.hasRole(HubRoles.ADMIN);
        }
        return user.hasRole(HubRoles.ADMIN)
                || user.hasRole(Staff.DEPARTMENT_HEAD) && department.equals(user.department())
                || supervisorScope(user).canSee(department);
    }

    private DepartmentScope supervisorScope(CurrentUser user) {
        return DepartmentScope.of(user, Set.of(HubRoles.SUPERVISOR), sites);
    }

    private void requireSupervisorInScope(CurrentUser user, Staff staff, Notice notice) {
        NoticePolicies.onlySupervisorsSupervise(staff).orRefuse();
        NoticePolicies.supervisorsActWithinTheirScope(
                user.hasRole(HubRoles.SUPERVISOR) && supervisorScope(user).canSee(notice.department()),
                notice.onCase().label(), notice.department()).orRefuse();
    }

    private DeadlineRule<WorkingDays> rule(int days) {
        return DeadlineRule.of(RULE_CODE, WorkingDays.of(days),
                WorkingDays.of(Math.min(properties.dueSoonWorkingDays(), days)));
    }

    private static Staff staff(CurrentUser user) {
        return new Staff(user.subject(), user.username(), user.roles(), user.department());
    }

    private static AuditActor actor(CurrentUser user) {
        return new AuditActor(user.subject(), user.username());
    }

    private static <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (NoticeRefused refused) {
            throw NoticeProblem.of(refused);
        }
    }
}
