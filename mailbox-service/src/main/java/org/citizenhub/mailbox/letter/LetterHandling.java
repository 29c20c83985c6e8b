package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.calendar.DeadlineStateException;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.calendar.YearNotLoadedException;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseDeadline;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.mailbox.mailbox.Mailboxes;
import org.citizenhub.mailbox.problem.MailboxProblem;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.SiteTree;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The handling workflow's use cases, one public method each. Every step loads the letter, lets the aggregate decide,
 * and stores the new state, its history and its events in one transaction; a step on a letter someone else changed
 * in the meantime is refused (409) instead of overwriting their work.
 */
@Service
public class LetterHandling {

    /** How the shared deadline event names the mailbox's letters and their one clock. */
    static final String SERVICE = "mailbox";
    static final String CASE_TYPE = "letter";
    static final String REPLY_DEADLINE = "reply";

    private final LetterRepository letters;
    private final Mailboxes mailboxes;
    private final HubCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<LetterStepListener> listeners;
    private final PublicationMasking masking;
    private final SiteTree sites;

    LetterHandling(LetterRepository letters, Mailboxes mailboxes, HubCalendar calendar,
                   ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
                   List<LetterStepListener> listeners, PublicationMasking masking, SiteTree sites) {
        this.masking = masking;
        this.sites = sites;
        this.letters = letters;
        this.mailboxes = mailboxes;
        this.calendar = calendar;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** Called in the step's transaction for each change, e.g. to queue a notification to the citizen. */
    public interface LetterStepListener {
        void stepTaken(Letter letter, LetterChange change);
    }

    public Letter accept(Actor office, String trackingNumber, String note) {
        return step(trackingNumber, office, (letter, time, now) -> letter.accept(office, note,
                mailboxes.replyRule(letter.mailbox(), letter.category().name()), time, now));
    }

    public Letter notAccept(Actor office, String trackingNumber, NotAcceptedReason reason, String explanation) {
        return step(trackingNumber, office, (letter, time, now) -> letter.notAccept(office, reason, explanation, now));
    }

    /**
     * Merges a letter into an earlier one. Both are locked in the step's transaction before the target is read, so
     * a step on the target at the same moment (say, refusing it) either comes first and is seen, or waits.
     */
    public Letter merge(Actor office, String trackingNumber, String intoTrackingNumber) {
        return step(trackingNumber, office, (letter, time, now) -> {
            Letter earlier = LetterNumbers.parse(intoTrackingNumber)
                    .flatMap(target -> letters.lockForMerge(letter.id(), target))
                    .filter(target -> LetterAccess.maySee(Staff.of(office), sites, target))
                    .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, intoTrackingNumber));
            letter.mergeInto(office, earlier, now);
        });
    }

    /** Assigns to {@code department}, or by the mailbox's routing rules when it is null. */
    public Letter assign(Actor office, String trackingNumber, String department) {
        return step(trackingNumber, office, (letter, time, now) -> {
            String target = department != null ? department
                    : mailboxes.routeByRule(letter.mailbox(), letter.category().name(), letter.title(), letter.body())
                    .orElseThrow(() -> new HubProblem(MailboxProblem.NO_ROUTING_RULE, letter.mailbox()));
            letter.assign(office, target, department == null, now);
        });
    }

    public Letter transfer(Actor handler, String trackingNumber, String toDepartment, String reason) {
        return step(trackingNumber, handler, (letter, time, now) -> letter.transfer(handler, toDepartment, reason, now));
    }

    public Letter requestInformation(Actor handler, String trackingNumber, String question) {
        return step(trackingNumber, handler, (letter, time, now) -> letter.requestInformation(handler, question, now,
                time));
    }

    public Letter supplyInformation(Actor writer, String trackingNumber, String supplement) {
        return step(trackingNumber, writer, (letter, time, now) -> letter.supplyInformation(writer, supplement, now,
                time));
    }

    public Letter requestExtension(Actor handler, String trackingNumber, int workingDays, String reason) {
        return step(trackingNumber, handler, (letter, time, now) -> letter.requestExtension(handler, workingDays,
                reason, now));
    }

    public Letter decideExtension(Staff supervisor, String trackingNumber, boolean approve, String comment) {
        return step(trackingNumber, supervisor, (letter, time, now) -> letter.decideExtension(supervisor.actor(),
                approve, comment, now, time));
    }

    public Letter draftReply(Actor handler, String trackingNumber, String text) {
        return step(trackingNumber, handler, (letter, time, now) -> letter.draftReply(handler, text, now));
    }

    public Letter sendBackReply(Staff reviewer, String trackingNumber, String comment) {
        return step(trackingNumber, reviewer, (letter, time, now) -> letter.sendBackReply(reviewer.actor(), comment,
                now));
    }

    public Letter approveReply(Staff reviewer, String trackingNumber, boolean allowPublication) {
        return step(trackingNumber, reviewer, (letter, time, now) -> letter.approveReply(reviewer.actor(),
                allowPublication, masking::mask, now, time));
    }

    public Letter rate(Actor writer, String trackingNumber, Rating rating, String comment, boolean askForRehandling) {
        return step(trackingNumber, writer, (letter, time, now) -> letter.rate(writer, rating, comment,
                askForRehandling, mailboxes.replyRule(letter.mailbox(), letter.category().name()), time, now));
    }

    /** Letters whose due-soon or overdue moment has come and was not announced, most urgent first. */
    List<UUID> deadlinesToAnnounce(Instant now, int limit) {
        return letters.deadlinesToAnnounce(now, limit);
    }

    /**
     * Announces one letter's due-soon or overdue moment, once, in a transaction of its own: the mailbox's own
     * {@code gov.hub.mailbox.letter.due-soon.v1} / {@code overdue.v1} (as always) and the shared
     * {@link DeadlineAnnounced} of every case service. Returns how many moments were announced (0 or 1). A letter
     * someone changes at this very moment is left for the next round.
     */
    int announceDeadline(UUID id, Instant now) {
        try {
            Integer made = transactions.execute(status -> {
                Letter letter = letters.findById(id).orElse(null);
                if (letter == null) {
                    return 0;
                }
                boolean overdue = letter.announceOverdue(now);
                boolean dueSoon = !overdue && letter.announceDueSoon(now);
                if (!overdue && !dueSoon) {
                    return 0;
                }
                save(letter, now, calendar.workingTime());
                var s = letter.state();
                events.publishEvent(DeadlineAnnounced.of(
                        new CaseRef(SERVICE, CASE_TYPE, s.id().toString(), s.trackingNumber(), s.department())
                                .withSites(siteOf(s.mailboxOwner()), siteOf(s.department())),
                        CaseDeadline.fresh(REPLY_DEADLINE, s.deadline()),
                        overdue ? DeadlineAnnounced.Kind.OVERDUE : DeadlineAnnounced.Kind.DUE_SOON, now, clock));
                return 1;
            });
            return made == null ? 0 : made;
        } catch (LetterRepository.ConcurrentLetterUpdate busy) {
            return 0;
        }
    }

    /**
     * The mailbox's owner department changed: its unfinished letters move to the new office, each with a step in
     * its history. Runs in the caller's transaction (the mailbox change), so both commit or neither.
     *
     * @return the tracking numbers of the letters moved
     */
    public List<String> moveToNewOffice(Actor administrator, String mailbox, String fromOffice, String toOffice) {
        Instant now = clock.instant();
        WorkingTime time = calendar.workingTime();
        var moved = new java.util.ArrayList<String>();
        for (Letter letter : letters.unfinishedOfOfficeForUpdate(mailbox, fromOffice)) {
            letter.changeOffice(administrator, toOffice, now);
            save(letter, now, time);
            moved.add(letter.trackingNumber().value());
        }
        return moved;
    }

    /** A letter as staff may see it (see {@link LetterAccess}): 404 outside the staff member's scope. */
    public Letter staffView(Staff staff, String trackingNumber) {
        return find(trackingNumber)
                .filter(letter -> LetterAccess.maySee(staff, sites, letter))
                .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
    }

    /** The letter's history as the staff view shows it, oldest first. */
    public List<Map<String, Object>> history(Letter letter) {
        return letters.history(letter.id()).stream().map(LetterHandling::historyRow).toList();
    }

    private static Map<String, Object> historyRow(org.citizenhub.casework.history.CaseStep step) {
        var row = new java.util.LinkedHashMap<String, Object>();
        row.put("at", step.at().atOffset(java.time.ZoneOffset.UTC));
        row.put("action", step.action());
        row.put("from", step.fromStatus());
        row.put("to", step.toStatus());
        row.put("actorId", step.actor().id());
        // no citizen's name is stored; the core reads it back as the id, the view shows none, as it always did
        row.put("actorName", step.actor().isCitizen() ? null : step.actor().name());
        row.put("actorRole", step.actor().role().name());
        row.put("actorDepartment", step.actor().department());
        row.put("details", step.details());
        return row;
    }

    public Instant now() {
        return clock.instant();
    }

    public WorkingTime workingTime() {
        return calendar.workingTime();
    }

    /** The site (集约化) a department belongs to, null if the site directory does not know it. */
    String siteOf(String department) {
        return department == null ? null : sites.siteOf(department).orElse(null);
    }

    /** What the staff member sees (see {@link LetterAccess}), for the queues. */
    org.citizenhub.web.security.DepartmentScope scopeOf(Staff staff) {
        return LetterAccess.scopeOf(staff, sites);
    }

    private interface Step {
        void apply(Letter letter, WorkingTime time, Instant now);
    }

    private Letter step(String trackingNumber, Actor actor, Step step) {
        return step(trackingNumber, Staff.of(actor), step);
    }

    private Letter step(String trackingNumber, Staff actor, Step step) {
        try {
            return transactions.execute(status -> {
                Letter letter = find(trackingNumber)
                        .filter(l -> LetterAccess.maySee(actor, sites, l))
                        .orElseThrow(() -> new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber));
                Instant now = clock.instant();
                WorkingTime time = calendar.workingTime();
                step.apply(letter, time, now);
                save(letter, now, time);
                return letter;
            });
        } catch (LetterStateException | DeadlineStateException e) {
            throw new HubProblem(MailboxProblem.LETTER_NOT_IN_STATE, trackingNumber);
        } catch (LetterAccessDenied e) {
            throw new HubProblem(MailboxProblem.LETTER_NOT_FOUND, trackingNumber);
        } catch (LetterRepository.ConcurrentLetterUpdate | PessimisticLockingFailureException e) {
            throw new HubProblem(MailboxProblem.LETTER_CHANGED_CONCURRENTLY, trackingNumber);
        } catch (YearNotLoadedException e) {
            throw new HubProblem(MailboxProblem.CALENDAR_YEAR_NOT_LOADED, String.valueOf(e.year()));
        } catch (LetterRuleViolation e) {
            throw refusal(e);
        } catch (IllegalArgumentException e) {
            // a limit of a platform library (calendar) the service's own rules should have kept: no raw message out
            throw new HubProblem(MailboxProblem.INVALID_LETTER_STEP.because("invalid-input"));
        }
    }

    /** The rule's reason as the problem detail, worded in the request's language. */
    static HubProblem refusal(LetterRuleViolation violation) {
        return new HubProblem(MailboxProblem.INVALID_LETTER_STEP.because(violation.code()), violation.args());
    }

    private void save(Letter letter, Instant now, WorkingTime time) {
        var deadline = letter.state().deadline();
        Instant dueSoonAt = deadline == null || deadline.state() != org.citizenhub.calendar.DeadlineClock.State.RUNNING
                ? null : deadline.dueSoonAt(time);
        letters.update(letter, now, dueSoonAt);
        for (LetterChange change : letter.changes()) {
            if (change.action().event() != null) {
                events.publishEvent(LetterHandled.of(letter, change, sites, calendar.policy().zone(), clock));
            }
            listeners.forEach(listener -> listener.stepTaken(letter, change));
        }
    }

    private java.util.Optional<Letter> find(String trackingNumber) {
        return LetterNumbers.parse(trackingNumber).flatMap(letters::findByTrackingNumber);
    }
}
