package org.citizenhub.consultation.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.DeadlineStatus;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseDeadline;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.consultation.cases.domain.CaseChange.Action;
import org.citizenhub.consultation.cases.domain.Dispatch.CoHandling;
import org.citizenhub.consultation.cases.domain.Evaluation.Rating;
import org.citizenhub.consultation.cases.domain.Handling.Promise;
import org.citizenhub.consultation.cases.domain.Handling.Question;

/**
 * A consultation, complaint, suggestion or error report, from submission to follow-up (the 12345 practice). The
 * aggregate decides: every step checks the state (through {@link CaseStatus}), the actor and the named
 * {@link CasePolicy}s, changes one phase and appends a {@link CaseChange}. No framework, no I/O.
 */
public final class ConsultationCase {

    public static final int MAX_REOPENINGS = 1;
    /** The longest promise of completion, in calendar days from the day it is made. */
    public static final int LONGEST_PROMISE_DAYS = 90;
    public static final int MAX_CO_HANDLERS = 5;
    /** 2–36 characters, so that a co-handler's clock name {@code co-<department>} stays a valid clock name. */
    public static final String DEPARTMENT_FORMAT = "[A-Z0-9][A-Z0-9-]{1,35}";

    /**
     * Everything known about the case, one value object per phase; a phase not reached yet is null.
     *
     * @param site           the site (集约化) the case was submitted on; null for a case from before sites, which
     *                       belongs to the root site
     * @param dispatchCentre the department that screens, dispatches and follows up (the 12345 centre of the site
     *                       when the case was submitted)
     * @param mergedFrom     tracking numbers of duplicates merged into this case (their writers are told too)
     * @param deadlines      the clocks: the case's own ("reply", or "investigation" then "completion") and one per
     *                       co-handling department, each announced due soon and overdue once
     */
    public record State(UUID id, String trackingNumber, String writerId, String site, String dispatchCentre,
                        Submission submission,
                        CaseStatus status, Screening screening, Dispatch dispatch, Handling handling, Reply reply,
                        Evaluation evaluation, List<FollowUp> followUps, List<Urging> urgings, int reopenings,
                        List<String> mergedFrom, CaseDeadlines deadlines, long version) {

        public State {
            followUps = List.copyOf(followUps);
            urgings = List.copyOf(urgings);
            mergedFrom = List.copyOf(mergedFrom);
            deadlines = deadlines == null ? CaseDeadlines.none() : deadlines;
        }
    }

    private State state;
    private final List<CaseChange> changes = new ArrayList<>();

    private ConsultationCase(State state) {
        this.state = state;
    }

    public static ConsultationCase restore(State state) {
        return new ConsultationCase(state);
    }

    /** A citizen's new case of no particular site, waiting for screening. */
    public static ConsultationCase submit(UUID id, String trackingNumber, Actor citizen, String dispatchCentre,
                                          Submission submission) {
        return submit(id, trackingNumber, citizen, null, dispatchCentre, submission);
    }

    /** A citizen's new case submitted on {@code site}, waiting for screening by that site's dispatch centre. */
    public static ConsultationCase submit(UUID id, String trackingNumber, Actor citizen, String site,
                                          String dispatchCentre, Submission submission) {
        if (citizen.role() != Actor.Role.CITIZEN) {
            throw new CaseAccessDenied("Only citizens submit cases");
        }
        var c = new ConsultationCase(new State(id, trackingNumber, citizen.id(), site,
                requireDepartment(dispatchCentre), submission, CaseStatus.SUBMITTED, null, null, null, null, null,
                List.of(), List.of(), 0, List.of(), CaseDeadlines.none(), 0));
        c.record(Action.SUBMITTED, CaseStatus.SUBMITTED, citizen, submission.at(),
                details("kind", submission.kind().name(), "category", submission.category(), "site", site));
        return c;
    }

    // --- screening (the dispatch centre) -------------------------------------------------------------------------

    /** Accepted: the case's first deadline (reply, or initial investigation) starts now. */
    public void accept(Actor dispatcher, String note, DeadlineRule<?> rule, WorkingTime time, Instant at) {
        requireDispatcher(dispatcher);
        String text = Texts.optional(note, Texts.MAX_NOTE, "note");
        var clock = DeadlineClock.start(rule, at, dispatcher.id(), time);
        String name = firstDeadlineName();
        move(CaseStatus.ACCEPTED, "accepted", s -> with(s, b -> {
            b.screening = Screening.accepted(dispatcher.id(), at, text);
            b.handling = Handling.NEW;
            b.deadlines = s.deadlines().start(name, clock);
        }));
        record(Action.ACCEPTED, CaseStatus.SUBMITTED, dispatcher, at,
                details("deadline", currentDeadlineName(), "dueAt", clock.dueAt(), "rule", rule.code()));
    }

    public void refuse(Actor dispatcher, Screening.RefusalReason reason, String explanation, Instant at) {
        requireDispatcher(dispatcher);
        Objects.requireNonNull(reason, "reason");
        String text = Texts.require(explanation, Texts.MAX_NOTE, "explanation");
        move(CaseStatus.REFUSED, "refused", s -> with(s, b -> b.screening = Screening.refused(dispatcher.id(), at,
                reason, text)));
        record(Action.REFUSED, CaseStatus.SUBMITTED, dispatcher, at, details("reason", reason.name()));
    }

    /**
     * A duplicate joins an earlier open case of the same kind: this one ends as MERGED, the target remembers it so
     * that its writer hears of the reply too. Both are saved in the same transaction.
     */
    public void mergeInto(Actor dispatcher, ConsultationCase target, Instant at) {
        requireDispatcher(dispatcher);
        if (target == this || target.state.id().equals(state.id()) || !target.status().open()
                && target.status() != CaseStatus.SUBMITTED
                || target.state.submission().kind() != state.submission().kind()) {
            throw new CasePolicyViolation(CasePolicy.MERGE_INTO_ANOTHER_OPEN_CASE_OF_THE_SAME_KIND,
                    target.trackingNumber());
        }
        move(CaseStatus.MERGED, "merged", s -> with(s, b -> b.screening = Screening.merged(dispatcher.id(), at,
                target.trackingNumber())));
        record(Action.MERGED, CaseStatus.SUBMITTED, dispatcher, at, details("mergedInto", target.trackingNumber()));
        var from = new ArrayList<>(target.state.mergedFrom());
        from.add(state.trackingNumber());
        target.state = with(target.state, b -> b.mergedFrom = from);
        target.record(Action.DUPLICATE_MERGED_IN, target.status(), dispatcher, at,
                details("duplicate", state.trackingNumber()));
    }

    // --- dispatch and disputes -----------------------------------------------------------------------------------

    /** 派单: to a lead department and optional co-handling departments, each co-handler with its own deadline. */
    public void dispatch(Actor dispatcher, String lead, List<String> coHandlers, DeadlineRule<?> coHandlingRule,
                         WorkingTime time, Instant at) {
        requireDispatcher(dispatcher);
        requireStatus(CaseStatus.ACCEPTED, "dispatched");
        var dispatch = newDispatch(lead, coHandlers, 1, dispatcher, at);
        move(CaseStatus.HANDLING, "dispatched", s -> with(s, b -> {
            b.dispatch = dispatch;
            b.deadlines = startCoHandling(s.deadlines(), dispatch, coHandlingRule, dispatcher, time, at);
        }));
        record(Action.DISPATCHED, CaseStatus.ACCEPTED, dispatcher, at, dispatchDetails(dispatch));
    }

    /**
     * 退单: a department the case was dispatched to sends it back with a reason, within the dispute window counted
     * in working hours from the dispatch; once per dispatch round.
     */
    public void dispute(Actor handler, String reason, int windowWorkingHours, WorkingTime time, Instant at) {
        var dispatch = state.dispatch();
        if (dispatch == null || !dispatch.involves(handler.department()) || handler.role() != Actor.Role.HANDLER) {
            throw new CaseAccessDenied("Only a department the case was dispatched to disputes it");
        }
        requireStatus(CaseStatus.HANDLING, "disputed");
        if (dispatch.disputed() || dispatch.coHandling(handler.department()).map(CoHandling::submitted).orElse(false)) {
            throw new CasePolicyViolation(CasePolicy.DISPUTE_BY_AN_ASSIGNED_DEPARTMENT_ONCE, trackingNumber());
        }
        long workedSeconds = time.between(dispatch.at(), at).seconds();
        if (workedSeconds > windowWorkingHours * 3600L) {
            throw new CasePolicyViolation(CasePolicy.DISPUTE_WITHIN_WORKING_HOURS_OF_DISPATCH, windowWorkingHours);
        }
        String text = Texts.require(reason, Texts.MAX_NOTE, "reason");
        var dispute = new Dispatch.Dispute(handler.department(), text, handler.id(), at);
        move(CaseStatus.DISPUTED, "disputed", s -> with(s, b -> b.dispatch = dispatch.withDispute(dispute)));
        record(Action.DISPUTED, CaseStatus.HANDLING, handler, at, details("department", handler.department()));
    }

    /** 改派: the dispatch centre dispatches the disputed case again; the case's own deadline keeps running. */
    public void redispatch(Actor dispatcher, String lead, List<String> coHandlers, DeadlineRule<?> coHandlingRule,
                           WorkingTime time, Instant at) {
        requireDispatcher(dispatcher);
        requireStatus(CaseStatus.DISPUTED, "re-dispatched");
        var dispatch = newDispatch(lead, coHandlers, state.dispatch().round() + 1, dispatcher, at);
        var from = state.dispatch().lead();
        move(CaseStatus.HANDLING, "re-dispatched", s -> with(s, b -> {
            b.dispatch = dispatch;
            b.deadlines = startCoHandling(stopCoHandling(s, dispatcher, time, at), dispatch, coHandlingRule,
                    dispatcher, time, at);
        }));
        var d = dispatchDetails(dispatch);
        d.put("fromDepartment", from);
        record(Action.REDISPATCHED, CaseStatus.DISPUTED, dispatcher, at, d);
    }

    /** The dispatch centre keeps the dispatch as it was; the department must handle the case. */
    public void overruleDispute(Actor dispatcher, String comment, Instant at) {
        requireDispatcher(dispatcher);
        requireStatus(CaseStatus.DISPUTED, "overruled");
        String text = Texts.require(comment, Texts.MAX_NOTE, "comment");
        var disputedBy = state.dispatch().dispute().department();
        move(CaseStatus.HANDLING, "overruled", s -> with(s, b -> b.dispatch = s.dispatch().withDispute(null)));
        record(Action.DISPUTE_OVERRULED, CaseStatus.DISPUTED, dispatcher, at,
                details("department", disputedBy, "comment", text));
    }

    // --- handling ------------------------------------------------------------------------------------------------

    /** 协办: a co-handling department submits its part, once; its own clock stops. */
    public void submitCoHandlingPart(Actor handler, String text, WorkingTime time, Instant at) {
        var dispatch = state.dispatch();
        var share = dispatch == null || handler.role() != Actor.Role.HANDLER ? null
                : dispatch.coHandling(handler.department()).orElse(null);
        if (share == null) {
            throw new CaseAccessDenied("Only a co-handling department submits a part");
        }
        if (state.status() != CaseStatus.HANDLING && state.status() != CaseStatus.AWAITING_CITIZEN) {
            throw new CaseStateException(state.status(), "given a co-handling part");
        }
        if (share.submitted()) {
            throw new CasePolicyViolation(CasePolicy.CO_HANDLING_PART_ONCE, handler.department());
        }
        String part = Texts.require(text, Texts.MAX_REPLY, "text");
        String name = coHandlingDeadline(share.department());
        var deadlines = state.deadlines().update(name, c -> c.stop(at, handler.id(), time));
        var co = dispatch.coHandlers().stream()
                .map(c -> c == share ? new CoHandling(c.department(), new Dispatch.Part(part, handler.id(), at)) : c)
                .toList();
        state = with(state, b -> {
            b.dispatch = dispatch.with(co);
            b.deadlines = deadlines;
        });
        record(Action.CO_HANDLING_PART_SUBMITTED, state.status(), handler, at, details("department",
                handler.department(), "onTime", deadlines.require(name).clock().metOnTime()));
    }

    /** The lead passes the case to another department (with a reason); the case's deadline keeps running. */
    public void transfer(Actor handler, String toDepartment, String reason, WorkingTime time, Instant at) {
        requireLead(handler);
        requireStatus(CaseStatus.HANDLING, "transferred");
        String target = requireDepartment(toDepartment);
        if (target.equals(state.dispatch().lead())) {
            throw new CasePolicyViolation(CasePolicy.TRANSFER_TO_ANOTHER_DEPARTMENT, target);
        }
        String text = Texts.require(reason, Texts.MAX_NOTE, "reason");
        String from = state.dispatch().lead();
        move(CaseStatus.HANDLING, "transferred", s -> with(s, b -> {
            b.dispatch = s.dispatch().withLead(target, handler.id(), at);
            // a co-handler that becomes the lead owes no separate part any more: its own clock ends
            String share = coHandlingDeadline(target);
            if (s.deadlines().get(share).map(CaseDeadline::isRunning).orElse(false)) {
                b.deadlines = s.deadlines().update(share, c -> c.stop(at, handler.id(), time));
            }
        }));
        record(Action.TRANSFERRED, CaseStatus.HANDLING, handler, at,
                details("department", target, "fromDepartment", from, "reason", text));
    }

    /** The lead asks the citizen for information; the case's deadline pauses until the answer. */
    public void requestInformation(Actor handler, String question, WorkingTime time, Instant at) {
        requireLead(handler);
        requireStatus(CaseStatus.HANDLING, "asked for information");
        String text = Texts.require(question, Texts.MAX_NOTE, "question");
        String name = currentDeadlineName();
        move(CaseStatus.AWAITING_CITIZEN, "asked for information", s -> with(s, b -> {
            b.deadlines = s.deadlines().update(name, c -> c.pause(at, text, handler.id(), time));
            b.handling = s.handling().withQuestion(new Question(text, at, null, null));
        }));
        record(Action.INFORMATION_REQUESTED, CaseStatus.HANDLING, handler, at,
                details("deadline", currentDeadlineName()));
    }

    /** The writer answers; the deadline resumes with the working time that was left. */
    public void supplyInformation(Actor writer, String answer, WorkingTime time, Instant at) {
        requireWriter(writer);
        requireStatus(CaseStatus.AWAITING_CITIZEN, "given information");
        String text = Texts.require(answer, Texts.MAX_NOTE * 5, "answer");
        var q = state.handling().question();
        String name = currentDeadlineName();
        move(CaseStatus.HANDLING, "given information", s -> with(s, b -> {
            b.deadlines = s.deadlines().update(name, c -> c.resume(at, writer.id(), time));
            b.handling = s.handling().withQuestion(new Question(q.text(), q.askedAt(), text, at));
        }));
        record(Action.INFORMATION_SUPPLIED, CaseStatus.AWAITING_CITIZEN, writer, at,
                details("deadline", name, "dueAt", currentClock().dueAt()));
    }

    /** The lead asks for more time on the current deadline, in the unit of its rule; a supervisor decides. */
    public void requestExtension(Actor handler, int amount, String reason, Instant at) {
        requireLead(handler);
        if (state.status() != CaseStatus.HANDLING && state.status() != CaseStatus.AWAITING_CITIZEN) {
            throw new CaseStateException(state.status(), "extended");
        }
        if (state.handling().pendingExtension() != null) {
            throw new CasePolicyViolation(CasePolicy.ONE_PENDING_EXTENSION, trackingNumber());
        }
        var unit = currentClock().unit();
        if (amount < 1 || amount > unit.longestExtension()) {
            throw new IllegalArgumentException("amount: 1–" + unit.longestExtension() + " " + unit.label());
        }
        String text = Texts.require(reason, Texts.MAX_NOTE, "reason");
        var request = new Handling.ExtensionRequest(currentDeadlineName(), amount, text, handler.id(), at);
        state = with(state, b -> b.handling = state.handling().withPendingExtension(request));
        record(Action.EXTENSION_REQUESTED, state.status(), handler, at,
                details("deadline", request.deadline(), "amount", amount, "unit", unit.name()));
    }

    /** A supervisor decides on the pending extension of the investigation, the completion or the reply. */
    public void decideExtension(Actor supervisor, boolean approve, String comment, WorkingTime time, Instant at) {
        requireRole(supervisor, Actor.Role.SUPERVISOR, "Only a supervisor decides on extensions");
        var request = state.handling() == null ? null : state.handling().pendingExtension();
        if (request == null || !state.status().open()) {
            throw new CaseStateException(state.status(), "extended without a pending request");
        }
        if (!request.deadline().equals(currentDeadlineName())) {
            // the deadline it was asked for has ended (a completion date was promised meanwhile)
            state = with(state, b -> b.handling = state.handling().withPendingExtension(null));
            throw new CasePolicyViolation(CasePolicy.EXTENSION_OF_A_RUNNING_DEADLINE, request.deadline());
        }
        String note = Texts.optional(comment, Texts.MAX_NOTE, "comment");
        if (approve) {
            String name = request.deadline();
            state = with(state, b -> {
                b.deadlines = state.deadlines().update(name, c -> c.extendChecked(c.unit().of(request.amount()),
                        request.reason(), supervisor.id(), at, time)).rearm(name);
                b.handling = state.handling().withPendingExtension(null);
            });
            record(Action.EXTENSION_APPROVED, state.status(), supervisor, at, details("deadline", name,
                    "amount", request.amount(), "dueAt", currentClock().dueAt(), "comment", note));
        } else {
            state = with(state, b -> b.handling = state.handling().withPendingExtension(null));
            record(Action.EXTENSION_REFUSED, state.status(), supervisor, at,
                    details("deadline", request.deadline(), "comment", note));
        }
    }

    /**
     * 承诺办结日期: after the initial investigation of a complaint or suggestion the lead records when it will be
     * done. The investigation clock stops (on time or not) and the completion clock runs until that date's close of
     * office; the citizen is told.
     *
     * @param completionRule a working-day rule ending on {@code date} (see {@link #workingDaysUntil})
     */
    public void promiseCompletion(Actor handler, LocalDate date, String note, DeadlineRule<?> completionRule,
                                  WorkingTime time, Instant at) {
        requireLead(handler);
        requireStatus(CaseStatus.HANDLING, "given a promised completion date");
        if (!state.submission().kind().needsInvestigation() || state.handling().promise() != null) {
            throw new CasePolicyViolation(
                    CasePolicy.PROMISED_DATE_ONLY_AFTER_INVESTIGATION_OF_COMPLAINTS_AND_SUGGESTIONS, trackingNumber());
        }
        LocalDate today = time.receivedOn(at);
        if (date == null || !date.isAfter(today) || date.isAfter(today.plusDays(LONGEST_PROMISE_DAYS))
                || !time.calendar().isWorkingDay(date)) {
            throw new CasePolicyViolation(CasePolicy.PROMISED_DATE_IN_THE_FUTURE_WITHIN_LIMIT, LONGEST_PROMISE_DAYS);
        }
        String text = Texts.require(note, Texts.MAX_NOTE, "note");
        var completion = DeadlineClock.start(completionRule, at, handler.id(), time);
        var promise = new Promise(date, text, handler.id(), at);
        move(CaseStatus.HANDLING, "given a promised completion date", s -> with(s, b -> {
            b.handling = s.handling().withPromise(promise);
            b.deadlines = s.deadlines().update(Handling.INVESTIGATION, c -> c.stop(at, handler.id(), time))
                    .start(Handling.COMPLETION, completion);
        }));
        record(Action.COMPLETION_PROMISED, CaseStatus.HANDLING, handler, at, details("deadline", Handling.COMPLETION,
                "promisedDate", date.toString(), "dueAt", completion.dueAt(), "investigationOnTime",
                state.deadlines().require(Handling.INVESTIGATION).clock().metOnTime()));
    }

    /** Working days from the day of {@code at} to {@code date}: the length of a completion rule ending then. */
    public static int workingDaysUntil(LocalDate date, Instant at, WorkingTime time) {
        return time.calendar().workingDaysBetween(time.receivedOn(at), date);
    }

    /** The lead drafts the one consolidated reply, once every co-handler has given its part. */
    public void draftReply(Actor handler, String text, Instant at) {
        requireLead(handler);
        requireStatus(CaseStatus.HANDLING, "replied to");
        if (!state.dispatch().allPartsSubmitted()) {
            throw new CasePolicyViolation(CasePolicy.CONSOLIDATED_REPLY_NEEDS_EVERY_CO_HANDLING_PART,
                    String.join(", ", state.dispatch().pendingCoHandlers()));
        }
        String reply = Texts.require(text, Texts.MAX_REPLY, "text");
        move(CaseStatus.IN_REVIEW, "replied to", s -> with(s, b -> b.reply = new Reply(reply, handler.id(),
                s.dispatch().lead(), at, null, null)));
        record(Action.REPLY_DRAFTED, CaseStatus.HANDLING, handler, at, details("department", state.dispatch().lead()));
    }

    // --- review --------------------------------------------------------------------------------------------------

    public void sendBackReply(Actor reviewer, String comment, Instant at) {
        requireReviewer(reviewer);
        requireStatus(CaseStatus.IN_REVIEW, "sent back");
        String text = Texts.require(comment, Texts.MAX_NOTE, "comment");
        var draft = state.reply();
        move(CaseStatus.HANDLING, "sent back", s -> with(s, b -> b.reply = new Reply(draft.text(), draft.authorId(),
                draft.department(), draft.draftedAt(), text, null)));
        record(Action.REPLY_SENT_BACK, CaseStatus.IN_REVIEW, reviewer, at, details("comment", text));
    }

    /** Approved: the reply goes to the citizen (and the writers of merged duplicates), the deadline stops. */
    public void approveReply(Actor reviewer, boolean allowPublication, WorkingTime time, Instant at) {
        requireReviewer(reviewer);
        requireStatus(CaseStatus.IN_REVIEW, "approved");
        String deadline = currentDeadlineName();
        var deadlines = state.deadlines().update(deadline, c -> c.stop(at, reviewer.id(), time));
        var stopped = deadlines.require(deadline).clock();
        boolean onTime = Boolean.TRUE.equals(stopped.metOnTime());
        int taken = time.workingDaysTaken(stopped.receivedAt(), at);
        boolean publish = allowPublication && state.submission().agreesToPublication();
        var draft = state.reply();
        move(CaseStatus.ANSWERED, "approved", s -> with(s, b -> {
            b.deadlines = deadlines;
            b.reply = new Reply(draft.text(), draft.authorId(), draft.department(), draft.draftedAt(), null,
                    new Reply.Approval(reviewer.id(), at, publish, onTime, taken));
        }));
        record(Action.REPLIED, CaseStatus.IN_REVIEW, reviewer, at, details("department", draft.department(),
                "deadline", deadline, "onTime", onTime, "workingDaysTaken", taken));
        if (publish) {
            record(Action.PUBLISHED, CaseStatus.ANSWERED, reviewer, at, Map.of());
        }
    }

    // --- after the reply -----------------------------------------------------------------------------------------

    /**
     * The writer rates the reply. Unsatisfied, they may ask once for it to be handled again: back to the lead with
     * a new deadline by the case's first rule. Otherwise the case closes.
     */
    public void rate(Actor writer, Rating rating, String comment, boolean askForRehandling, DeadlineRule<?> rule,
                     WorkingTime time, Instant at) {
        requireWriter(writer);
        requireStatus(CaseStatus.ANSWERED, "rated");
        Objects.requireNonNull(rating, "rating");
        boolean reopen = rating == Rating.UNSATISFIED && askForRehandling;
        if (reopen && state.reopenings() >= MAX_REOPENINGS) {
            throw new CasePolicyViolation(CasePolicy.ONE_REOPENING, MAX_REOPENINGS);
        }
        var evaluation = new Evaluation(rating, Texts.optional(comment, Texts.MAX_NOTE, "comment"), at);
        record(Action.RATED, CaseStatus.ANSWERED, writer, at, details("rating", rating.name()));
        if (reopen) {
            var clock = DeadlineClock.start(rule, at, writer.id(), time);
            String name = firstDeadlineName();
            move(CaseStatus.HANDLING, "reopened", s -> with(s, b -> {
                b.evaluation = evaluation;
                b.reopenings = s.reopenings() + 1;
                b.handling = Handling.NEW;
                b.deadlines = s.deadlines().start(name, clock);
            }));
            record(Action.REOPENED, CaseStatus.ANSWERED, writer, at, details("department", state.dispatch().lead(),
                    "deadline", currentDeadlineName(), "dueAt", clock.dueAt()));
        } else {
            move(CaseStatus.CLOSED, "closed", s -> with(s, b -> b.evaluation = evaluation));
            record(Action.CLOSED, CaseStatus.ANSWERED, writer, at, Map.of());
        }
    }

    /**
     * 回访: the dispatch centre records a contact after the reply, reached or not, and the satisfaction heard. An
     * answered case that was never rated is closed by it.
     */
    public void recordFollowUp(Actor staff, boolean reached, Rating satisfaction, String note, Instant at) {
        requireDispatcher(staff);
        if (state.status() != CaseStatus.ANSWERED && state.status() != CaseStatus.CLOSED) {
            throw new CaseStateException(state.status(), "followed up");
        }
        if (reached && satisfaction == null || !reached && satisfaction != null) {
            throw new IllegalArgumentException("satisfaction: given exactly when the citizen was reached");
        }
        var followUp = new FollowUp(reached, satisfaction, Texts.optional(note, Texts.MAX_NOTE, "note"), staff.id(),
                at);
        var all = new ArrayList<>(state.followUps());
        all.add(followUp);
        CaseStatus from = state.status();
        state = with(state, b -> {
            b.followUps = all;
            b.status = CaseStatus.CLOSED;
        });
        record(Action.FOLLOWED_UP, from, staff, at, details("reached", reached,
                "satisfaction", satisfaction == null ? null : satisfaction.name()));
    }

    /** 催办: a supervisor urges the departments when a deadline of the case is near or past. */
    public void urge(Actor supervisor, String note, WorkingTime time, Instant at) {
        requireRole(supervisor, Actor.Role.SUPERVISOR, "Only a supervisor urges");
        if (!state.status().open() || state.handling() == null) {
            throw new CaseStateException(state.status(), "urged");
        }
        String pressing = pressingDeadline(time, at);
        if (pressing == null) {
            throw new CasePolicyViolation(CasePolicy.URGING_ONLY_NEAR_OR_PAST_DEADLINE, trackingNumber());
        }
        String text = Texts.require(note, Texts.MAX_NOTE, "note");
        var all = new ArrayList<>(state.urgings());
        all.add(new Urging(text, pressing, supervisor.id(), at));
        state = with(state, b -> b.urgings = all);
        record(Action.URGED, state.status(), supervisor, at, details("deadline", pressing,
                "department", state.dispatch() == null ? null : state.dispatch().lead(), "urgings", all.size()));
    }

    /** The name of a running deadline that is due soon or overdue, null if none is. */
    public String pressingDeadline(WorkingTime time, Instant at) {
        for (CaseDeadline deadline : runningDeadlines()) {
            var status = deadline.clock().status(at, time);
            if (status == DeadlineStatus.DUE_SOON || status == DeadlineStatus.OVERDUE) {
                return deadline.name();
            }
        }
        return null;
    }

    // --- deadline announcements (the watch) ----------------------------------------------------------------------

    /** The clocks that run: the case's own while it is open, and the co-handlers' parts not yet given. */
    public List<CaseDeadline> runningDeadlines() {
        if (!state.status().open()) {
            return List.of();
        }
        return state.deadlines().all().stream().filter(CaseDeadline::isRunning).toList();
    }

    /**
     * The due-soon / overdue announcements whose moment has come, recorded as made (each once per clock; an
     * approved extension re-arms its clock); the caller publishes them in the same transaction.
     */
    public List<CaseDeadlines.Due> takeDueAnnouncements(WorkingTime time, Instant at) {
        if (!state.status().open()) {
            return List.of();
        }
        var due = state.deadlines().due(at, time);
        var deadlines = state.deadlines();
        for (var d : due) {
            deadlines = deadlines.announced(d.deadline().name(), d.kind());
        }
        var updated = deadlines;
        state = with(state, b -> b.deadlines = updated);
        for (var d : due) {
            record(d.kind() == DeadlineAnnounced.Kind.OVERDUE ? Action.OVERDUE : Action.DUE_SOON, state.status(),
                    Actor.SYSTEM, at, details("deadline", d.deadline().name(), "dueAt", d.deadline().clock().dueAt()));
        }
        return due;
    }

    /** When the watch should next look at this case; null when nothing is left to announce. */
    public Instant nextAnnouncementAt(WorkingTime time) {
        return state.status().open() ? state.deadlines().nextAnnouncementAt(time).orElse(null) : null;
    }

    public static String coHandlingDeadline(String department) {
        return "co-" + department.toLowerCase(java.util.Locale.ROOT);
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** Which departments' handlers see the case: the dispatch centre and every department it is dispatched to. */
    public boolean isVisibleToDepartment(String department) {
        return department != null && (department.equals(state.dispatchCentre())
                || state.dispatch() != null && state.dispatch().involves(department));
    }

    public boolean isWrittenBy(String userId) {
        return state.writerId().equals(userId);
    }

    /** "reply", "investigation" or "completion": the case's own deadline that counts now; null before acceptance. */
    public String currentDeadlineName() {
        if (state.handling() == null) {
            return null;
        }
        return state.handling().promise() != null ? Handling.COMPLETION : firstDeadlineName();
    }

    /** The clock of {@link #currentDeadlineName()}; null before acceptance. */
    public DeadlineClock currentClock() {
        String name = currentDeadlineName();
        return name == null ? null : state.deadlines().require(name).clock();
    }

    private String firstDeadlineName() {
        return state.submission().kind().needsInvestigation() ? Handling.INVESTIGATION : Handling.REPLY;
    }

    public State state() { return state; }
    public UUID id() { return state.id(); }
    public String trackingNumber() { return state.trackingNumber(); }
    /** The site the case was submitted on; null for a case from before sites (the root site's). */
    public String site() { return state.site(); }
    public CaseStatus status() { return state.status(); }
    public CaseKind kind() { return state.submission().kind(); }
    public String category() { return state.submission().category(); }
    public long version() { return state.version(); }

    /** The steps taken since the case was loaded, oldest first. */
    public List<CaseChange> changes() {
        return List.copyOf(changes);
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private static Dispatch newDispatch(String lead, List<String> coHandlers, int round, Actor dispatcher,
                                        Instant at) {
        String leadDepartment = requireDepartment(lead);
        var co = new LinkedHashSet<String>();
        for (String department : coHandlers == null ? List.<String>of() : coHandlers) {
            if (!co.add(requireDepartment(department)) || department.equals(leadDepartment)) {
                throw new CasePolicyViolation(CasePolicy.CO_HANDLERS_DIFFER_FROM_THE_LEAD, department);
            }
        }
        if (co.size() > MAX_CO_HANDLERS) {
            throw new IllegalArgumentException("coHandlers: at most " + MAX_CO_HANDLERS);
        }
        var shares = co.stream().map(d -> new CoHandling(d, null)).toList();
        return new Dispatch(leadDepartment, shares, dispatcher.id(), at, round, null, false);
    }

    /** One clock per co-handler, by the co-handling rule; the case's own clock stays current. */
    private CaseDeadlines startCoHandling(CaseDeadlines deadlines, Dispatch dispatch, DeadlineRule<?> rule,
                                          Actor dispatcher, WorkingTime time, Instant at) {
        var result = deadlines;
        for (var co : dispatch.coHandlers()) {
            result = result.start(coHandlingDeadline(co.department()),
                    DeadlineClock.start(rule, at, dispatcher.id(), time));
        }
        return result.makeCurrent(currentDeadlineName());
    }

    /** A re-dispatch ends the previous round's co-handling clocks that still run. */
    private static CaseDeadlines stopCoHandling(State s, Actor dispatcher, WorkingTime time, Instant at) {
        var result = s.deadlines();
        for (var co : s.dispatch().coHandlers()) {
            String name = coHandlingDeadline(co.department());
            if (result.require(name).isRunning()) {
                result = result.update(name, c -> c.stop(at, dispatcher.id(), time));
            }
        }
        return result;
    }

    private Map<String, Object> dispatchDetails(Dispatch dispatch) {
        var map = details("department", dispatch.lead(), "round", dispatch.round());
        map.put("coDepartments", dispatch.coDepartments());
        return map;
    }

    private void requireDispatcher(Actor actor) {
        if (!actor.isHandlerOf(state.dispatchCentre())) {
            throw new CaseAccessDenied("Only the dispatch centre screens, dispatches and follows up");
        }
    }

    private void requireLead(Actor actor) {
        if (state.dispatch() == null || !actor.isHandlerOf(state.dispatch().lead())) {
            throw new CaseAccessDenied("Only the lead department does this");
        }
    }

    private void requireReviewer(Actor actor) {
        requireRole(actor, Actor.Role.REVIEWER, "Only a reviewer reviews replies");
        if (state.reply() != null && actor.id().equals(state.reply().authorId())) {
            throw new CasePolicyViolation(CasePolicy.REVIEWER_IS_NOT_THE_AUTHOR, trackingNumber());
        }
    }

    private void requireWriter(Actor actor) {
        if (actor.role() != Actor.Role.CITIZEN || !isWrittenBy(actor.id())) {
            throw new CaseAccessDenied("Only the writer does this");
        }
    }

    private static void requireRole(Actor actor, Actor.Role role, String message) {
        if (actor.role() != role) {
            throw new CaseAccessDenied(message);
        }
    }

    private void requireStatus(CaseStatus required, String step) {
        if (state.status() != required) {
            throw new CaseStateException(state.status(), step);
        }
    }

    static String requireDepartment(String department) {
        if (department == null || !department.matches(DEPARTMENT_FORMAT)) {
            throw new IllegalArgumentException("department: 2–36 upper-case letters, digits or '-'");
        }
        return department;
    }

    /** Changes the state through the state machine: a move it does not allow is a {@link CaseStateException}. */
    private void move(CaseStatus target, String step, UnaryOperator<State> change) {
        if (!state.status().canMoveTo(target)) {
            throw new CaseStateException(state.status(), step);
        }
        State next = change.apply(state);
        state = with(next, b -> b.status = target);
    }

    private void record(Action action, CaseStatus from, Actor actor, Instant at, Map<String, Object> details) {
        changes.add(new CaseChange(action, from, state.status(), actor, at, details));
    }

    /** A step's particulars from name/value pairs; values that do not apply (null) are left out. */
    private static Map<String, Object> details(Object... pairs) {
        var particulars = new LinkedHashMap<String, Object>();
        for (int at = 0; at + 1 < pairs.length; at += 2) {
            Object value = pairs[at + 1];
            if (value != null) {
                particulars.put(String.valueOf(pairs[at]), value);
            }
        }
        return particulars;
    }

    private static State with(State s, java.util.function.Consumer<Phases> change) {
        var b = new Phases(s);
        change.accept(b);
        return b.build();
    }

    /** A mutable copy of the phases, so that each step states only what it changes. */
    private static final class Phases {
        private final State base;
        CaseStatus status;
        Screening screening;
        Dispatch dispatch;
        Handling handling;
        Reply reply;
        Evaluation evaluation;
        List<FollowUp> followUps;
        List<Urging> urgings;
        int reopenings;
        List<String> mergedFrom;
        CaseDeadlines deadlines;

        Phases(State s) {
            base = s;
            status = s.status();
            screening = s.screening();
            dispatch = s.dispatch();
            handling = s.handling();
            reply = s.reply();
            evaluation = s.evaluation();
            followUps = s.followUps();
            urgings = s.urgings();
            reopenings = s.reopenings();
            mergedFrom = s.mergedFrom();
            deadlines = s.deadlines();
        }

        State build() {
            return new State(base.id(), base.trackingNumber(), base.writerId(), base.site(), base.dispatchCentre(),
                    base.submission(), status, screening, dispatch, handling, reply, evaluation, followUps, urgings,
                    reopenings, mergedFrom, deadlines, base.version());
        }
    }
}
