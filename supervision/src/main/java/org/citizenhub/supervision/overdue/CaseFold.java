package org.citizenhub.supervision.overdue;

import java.time.Duration;
import java.time.Instant;

import org.citizenhub.calendar.WorkingDuration;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.calendar.YearNotLoadedException;

/**
 * Folds one {@link CaseFact} into a case's row: the one rule set for every service. Events of one case come over
 * several topics (the service's own and the shared deadline topic), so they arrive in any order and some twice; the
 * fold is written so that the outcome does not depend on that:
 * <ul>
 *   <li><b>who and where</b> (department, handling site): the newest event naming them wins
 *       ({@code departmentOccurredAt}); the submission site never changes;</li>
 *   <li><b>the deadline</b>: the newest deadline information wins ({@code deadlineOccurredAt}); a handled case keeps
 *       the newest deadline told before its handling (the one it is measured against) and no deadline event, however
 *       late, reopens it;</li>
 *   <li><b>on time</b>: the service's verdict when it gives one, else handled no later than that deadline;</li>
 *   <li><b>handled / reopened</b>: the newest of them wins ({@code handledOccurredAt}): a reopening undoes an older
 *       handling, an older handling arriving after the reopening is ignored;</li>
 *   <li><b>the yellow card</b> shows from {@value #DEFAULT_DUE_SOON_WORKING_DAYS} working days (configurable) before
 *       the due moment, or earlier when the service announced it due soon earlier, but never more than
 *       {@code maxYellowWindow} before it (which bounds the yellow query to a range of {@code due_at});</li>
 *   <li><b>working days</b> from receipt to handling come from platform/calendar, once both are known.</li>
 * </ul>
 */
final class CaseFold {

    static final int DEFAULT_DUE_SOON_WORKING_DAYS = 3;

    private final WorkingTime time;
    private final int dueSoonWorkingDays;
    private final Duration maxYellowWindow;

    CaseFold(WorkingTime time, int dueSoonWorkingDays, Duration maxYellowWindow) {
        this.time = time;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
        this.maxYellowWindow = maxYellowWindow;
    }

    /** The row after the fact; {@code current} null when the read model does not know the case yet. */
    CaseRow apply(CaseRow current, CaseFact fact) {
        var h = fact.header();
        var row = current == null ? CaseRow.empty(h) : current;
        var f = new Fields(row);
        f.identify(h);
        switch (fact) {
            case CaseFact.Received r -> f.receivedAt = r.receivedAt();
            case CaseFact.Step s -> {
            }
            case CaseFact.DeadlineSet d -> {
                if (f.deadlineCounts(h.occurredAt())) {
                    f.setDeadline(d.deadline(), d.dueAt(), h.occurredAt());
                }
            }
            case CaseFact.DeadlineAnnounced a -> {
                if (f.deadlineCounts(h.occurredAt())) {
                    f.setDeadline(a.deadline(), a.dueAt(), h.occurredAt());
                }
                // when the yellow card showed is history: kept even if the case was handled meanwhile
                if (!a.overdue() && f.dueAt != null && f.dueAt.equals(a.dueAt())) {
                    f.dueSoonAt = earliest(f.dueSoonAt, clampYellow(h.occurredAt(), a.dueAt()));
                }
            }
            case CaseFact.Handled x -> {
                if (f.handlingIsOlderThan(h.occurredAt())) {
                    f.handledAt = x.handledAt();
                    f.onTime = x.onTime();
                    f.onTimeTold = x.onTime() != null;
                    f.handledOccurredAt = h.occurredAt();
                }
            }
            case CaseFact.Reopened o -> {
                if (f.handlingIsOlderThan(h.occurredAt())) {
                    f.handledAt = null;
                    f.onTime = null;
                    f.onTimeTold = false;
                    f.handledOccurredAt = h.occurredAt();
                }
                if (f.deadlineCounts(h.occurredAt())) {
                    f.setDeadline(o.deadline(), o.dueAt(), h.occurredAt());
                }
            }
        }
        if (f.handledAt != null && !f.onTimeTold) {
            f.onTime = f.dueAt == null || !f.handledAt.isAfter(f.dueAt);
        }
        f.workingDays = f.handledAt != null && f.receivedAt != null ? workingDaysTaken(f.receivedAt, f.handledAt) : null;
        return f.row();
    }

    /** When a deadline due at {@code dueAt} shows a yellow card, by the configured lead. */
    Instant dueSoonAt(Instant dueAt) {
        Instant soon;
        try {
            WorkingDuration lead = time.days(dueSoonWorkingDays);
            soon = time.plus(dueAt, new WorkingDuration(-lead.seconds(), lead.secondsPerWorkingDay()));
        } catch (YearNotLoadedException | IllegalArgumentException outsideTheCalendar) {
            soon = dueAt.minus(Duration.ofDays(dueSoonWorkingDays));
        }
        return clampYellow(soon, dueAt);
    }

    private Instant clampYellow(Instant soon, Instant dueAt) {
        Instant earliest = dueAt.minus(maxYellowWindow);
        return soon.isBefore(earliest) ? earliest : soon.isAfter(dueAt) ? dueAt : soon;
    }

    private Integer workingDaysTaken(Instant received, Instant handled) {
        try {
            return time.workingDaysTaken(received, handled);
        } catch (YearNotLoadedException | IllegalArgumentException outsideTheCalendar) {
            return null;
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The row's columns while one fact is folded in. */
    private final class Fields {
        String service, caseType, caseId, trackingNumber, department, site, handlingSite, deadline;
        Instant receivedAt, dueAt, dueSoonAt, handledAt, lastOccurredAt, deadlineOccurredAt, handledOccurredAt;
        Instant departmentOccurredAt;
        Boolean onTime;
        boolean onTimeTold;
        Integer workingDays;

        Fields(CaseRow r) {
            service = r.service();
            caseType = r.caseType();
            caseId = r.caseId();
            trackingNumber = r.trackingNumber();
            department = r.department();
            site = r.site();
            handlingSite = r.handlingSite();
            receivedAt = r.receivedAt();
            dueAt = r.dueAt();
            deadline = r.deadline();
            dueSoonAt = r.dueSoonAt();
            handledAt = r.handledAt();
            onTime = r.onTime();
            workingDays = r.workingDays();
            lastOccurredAt = r.lastOccurredAt();
            deadlineOccurredAt = r.deadlineOccurredAt();
            handledOccurredAt = r.handledOccurredAt();
            departmentOccurredAt = r.departmentOccurredAt();
            onTimeTold = r.onTimeTold();
        }

        void identify(CaseFact.Header h) {
            if (caseType == null) {
                caseType = h.caseType();
            }
            if (trackingNumber == null) {
                trackingNumber = h.trackingNumber();
            }
            if (site == null) {
                site = h.site();
            }
            if (h.department() != null
                    && (departmentOccurredAt == null || !h.occurredAt().isBefore(departmentOccurredAt))) {
                department = h.department();
                handlingSite = h.handlingSite() != null ? h.handlingSite() : handlingSite;
                departmentOccurredAt = h.occurredAt();
            } else if (handlingSite == null) {
                handlingSite = h.handlingSite();
            }
            lastOccurredAt = latest(lastOccurredAt, h.occurredAt());
        }

        /**
         * Deadline information counts when it is the newest told, and, for a handled case, told before the handling
         * (the deadline the handling is measured against; later ones, however late they arrive, never reopen it).
         */
        boolean deadlineCounts(Instant occurredAt) {
            boolean newest = deadlineOccurredAt == null || !occurredAt.isBefore(deadlineOccurredAt);
            boolean beforeHandling = handledAt == null || !occurredAt.isAfter(handledOccurredAt);
            return newest && beforeHandling;
        }

        boolean handlingIsOlderThan(Instant occurredAt) {
            return handledOccurredAt == null || !occurredAt.isBefore(handledOccurredAt);
        }

        void setDeadline(String name, Instant due, Instant occurredAt) {
            if (due == null) {
                dueAt = null;
                deadline = null;
                dueSoonAt = null;
            } else {
                boolean same = due.equals(dueAt);
                dueAt = due;
                deadline = name != null ? name : deadline;
                dueSoonAt = same && dueSoonAt != null ? earliest(dueSoonAt, dueSoonAt(due)) : dueSoonAt(due);
            }
            deadlineOccurredAt = occurredAt;
        }

        CaseRow row() {
            return new CaseRow(service, caseType, caseId, trackingNumber, department, site, handlingSite, receivedAt,
                    dueAt, deadline, dueSoonAt, handledAt, onTime, workingDays, lastOccurredAt, deadlineOccurredAt,
                    handledOccurredAt, departmentOccurredAt, onTimeTold);
        }
    }
}
