package org.citizenhub.mailbox.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineRule;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.mailbox.letter.LetterChange.Action;
import org.citizenhub.mailbox.mailbox.LetterCategory;

/**
 * A citizen's letter to a leader's or department's mailbox, and everything that happens to it until the citizen
 * has an answer. The aggregate decides: each step checks the state and who is asking, changes the letter, and
 * records a {@link LetterChange}; controllers never change state.
 *
 * <p>Who may do what: the mailbox office (handlers of the department that owns the mailbox) screens and assigns;
 * handlers of the handling department reply, ask the citizen for more and request extensions; either of them may
 * transfer; a reviewer approves or sends back a reply (never their own); a supervisor decides on extensions; the
 * writer supplies information and rates the answer.
 */
public final class Letter {

    /** Mailbox and department codes: upper-case letters, digits and '-'. */
    public static final String CODE_FORMAT = org.citizenhub.mailbox.mailbox.DepartmentCode.FORMAT;
    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_BODY_LENGTH = 5000;
    public static final int MAX_REPLY_LENGTH = 10_000;
    public static final int MAX_NOTE_LENGTH = 1000;
    /**
     * A question to the citizen and an extension reason are also kept by the deadline clock, so they may be no
     * longer than both the service's note limit and the clock's text limit (one constant for the request
     * validation and the aggregate).
     */
    public static final int MAX_CLOCK_TEXT_LENGTH = DeadlineClock.MAX_TEXT < MAX_NOTE_LENGTH ? DeadlineClock.MAX_TEXT
            : MAX_NOTE_LENGTH;
    public static final int MAX_CONTACT_NAME_LENGTH = 30;
    /** An unsatisfied citizen may have the letter handled again, once. */
    public static final int MAX_REOPENINGS = 1;

    /**
     * What the writer gave at submission besides the letter itself. Name and contact details are personal data:
     * stored encrypted, never published, masked wherever the letter is shown to the public.
     */
    public record Writer(String id, String name, boolean agreesToPublication, ContactChannel contactChannel,
                         String email, String phone) {
        public static final String EMAIL_FORMAT = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,24}";
        public static final String MOBILE_FORMAT = "1[3-9][0-9]{9}";
        public static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(EMAIL_FORMAT);
        public static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile(MOBILE_FORMAT);

        public Writer {
            Objects.requireNonNull(id, "id");
            contactChannel = contactChannel == null ? ContactChannel.SITE : contactChannel;
            name = blankToNull(name);
            email = blankToNull(email);
            phone = blankToNull(phone);
            if (name != null && name.length() > MAX_CONTACT_NAME_LENGTH) {
                throw new LetterRuleViolation(LetterRuleViolation.Rule.CONTACT_NAME_TOO_LONG, MAX_CONTACT_NAME_LENGTH);
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new LetterRuleViolation(LetterRuleViolation.Rule.EMAIL_MALFORMED);
            }
            if (phone != null && !MOBILE.matcher(phone).matches()) {
                throw new LetterRuleViolation(LetterRuleViolation.Rule.PHONE_MALFORMED);
            }
            if (contactChannel == ContactChannel.EMAIL && email == null) {
                throw new LetterRuleViolation(LetterRuleViolation.Rule.EMAIL_REQUIRED);
            }
            if (contactChannel == ContactChannel.SMS && phone == null) {
                throw new LetterRuleViolation(LetterRuleViolation.Rule.PHONE_REQUIRED);
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A reply as drafted, reviewed and sent. */
    public record Reply(String text, String handlerId, String handlerName, String department, Instant draftedAt,
                        String reviewerId, Instant answeredAt, boolean publicationAllowed, Instant publishedAt,
                        Integer workingDaysTaken, Boolean onTime) {
    }

    /** The citizen's rating. */
    public record Evaluation(Rating rating, String comment, Instant ratedAt) {
    }

    /** An extension asked for by the handler, waiting for a supervisor. */
    public record ExtensionRequest(int workingDays, String reason, String requestedBy, Instant requestedAt) {
    }

    // --- one value object per phase ------------------------------------------------------------------------------

    /** What the writer sent; fixed at submission. */
    public record Submission(Writer writer, String mailbox, LetterCategory category, String title, String body,
                             OffsetDateTime submittedAt) {
    }

    /** The mailbox office's decision: accepted (when, with a note), not accepted (why), or merged (into what). */
    public record Screening(Instant acceptedAt, NotAcceptedReason notAcceptedReason, String note, String mergedInto) {

        static Screening accepted(Instant at, String note) {
            return new Screening(at, null, note, null);
        }

        static Screening notAccepted(NotAcceptedReason reason, String explanation) {
            return new Screening(null, reason, explanation, null);
        }

        static Screening merged(String into) {
            return new Screening(null, NotAcceptedReason.DUPLICATE, null, into);
        }
    }

    /**
     * Handling under the reply deadline, from acceptance on: the department (once assigned), the clock, the
     * question to the citizen and their answers, a pending extension request, reopenings, and whether the
     * current deadline's warnings went out.
     */
    public record Handling(String department, DeadlineClock deadline, String question, String supplement,
                           ExtensionRequest pendingExtension, int reopenings, boolean dueSoonAnnounced,
                           boolean overdueAnnounced) {

        static Handling started(DeadlineClock deadline) {
            return new Handling(null, deadline, null, null, null, 0, false, false);
        }

        Handling assignedTo(String to) {
            return new Handling(to, deadline, question, supplement, pendingExtension, reopenings, dueSoonAnnounced,
                    overdueAnnounced);
        }

        Handling paused(DeadlineClock clock, String asked) {
            return new Handling(department, clock, asked, supplement, pendingExtension, reopenings, dueSoonAnnounced,
                    overdueAnnounced);
        }

        Handling resumed(DeadlineClock clock, String answer) {
            return new Handling(department, clock, question, supplement == null ? answer : supplement + "\n\n" + answer,
                    pendingExtension, reopenings, dueSoonAnnounced, overdueAnnounced);
        }

        Handling withExtensionRequest(ExtensionRequest request) {
            return new Handling(department, deadline, question, supplement, request, reopenings, dueSoonAnnounced,
                    overdueAnnounced);
        }

        /** A new due date: its warnings are owed afresh. */
        Handling extended(DeadlineClock clock) {
            return new Handling(department, clock, question, supplement, null, reopenings, false, false);
        }

        Handling withoutExtensionRequest() {
            return withExtensionRequest(null);
        }

        Handling stopped(DeadlineClock clock) {
            return new Handling(department, clock, question, supplement, pendingExtension, reopenings,
                    dueSoonAnnounced, overdueAnnounced);
        }

        Handling reopened(DeadlineClock clock) {
            return new Handling(department, clock, question, supplement, pendingExtension, reopenings + 1, false,
                    false);
        }

        Handling dueSoonSent() {
            return new Handling(department, deadline, question, supplement, pendingExtension, reopenings, true,
                    overdueAnnounced);
        }

        Handling overdueSent() {
            return new Handling(department, deadline, question, supplement, pendingExtension, reopenings, true, true);
        }
    }

    /** The texts as published, personal data masked; fixed when the reviewer approves publication. */
    public record PublishedText(String title, String body, String reply) {
    }

    /** The reply's way through review: the draft (then the approved reply), the reviewer's comment, the publication. */
    public record Replying(Reply reply, String reviewComment, PublishedText published) {

        Replying drafted(Reply draft) {
            return new Replying(draft, null, published);
        }

        Replying sentBack(String comment) {
            return new Replying(reply, comment, published);
        }

        Replying approved(Reply approved, PublishedText text) {
            return new Replying(approved, reviewComment, text == null ? published : text);
        }
    }

    /**
     * Everything a letter is, one value object per phase (null until the phase begins), for storage and views.
     * The accessors below the components read across phases, so views need not know which phase holds what.
     */
    public record State(UUID id, TrackingNumber trackingNumber, Submission submission, String mailboxOwner,
                        LetterStatus status, Screening screening, Handling handling, Replying replying,
                        Evaluation evaluation, long version) {

        public Writer writer() { return submission.writer(); }
        public String mailbox() { return submission.mailbox(); }
        public LetterCategory category() { return submission.category(); }
        public String title() { return submission.title(); }
        public String body() { return submission.body(); }
        public OffsetDateTime submittedAt() { return submission.submittedAt(); }
        public Instant acceptedAt() { return screening == null ? null : screening.acceptedAt(); }
        public NotAcceptedReason notAcceptedReason() { return screening == null ? null : screening.notAcceptedReason(); }
        public String screeningNote() { return screening == null ? null : screening.note(); }
        public String mergedInto() { return screening == null ? null : screening.mergedInto(); }
        public String department() { return handling == null ? null : handling.department(); }
        public DeadlineClock deadline() { return handling == null ? null : handling.deadline(); }
        public String question() { return handling == null ? null : handling.question(); }
        public String supplement() { return handling == null ? null : handling.supplement(); }
        public ExtensionRequest pendingExtension() { return handling == null ? null : handling.pendingExtension(); }
        public int reopenings() { return handling == null ? 0 : handling.reopenings(); }
        public boolean dueSoonAnnounced() { return handling != null && handling.dueSoonAnnounced(); }
        public boolean overdueAnnounced() { return handling != null && handling.overdueAnnounced(); }
        public Reply reply() { return replying == null ? null : replying.reply(); }
        public String reviewComment() { return replying == null ? null : replying.reviewComment(); }
        public PublishedText published() { return replying == null ? null : replying.published(); }

        State with(LetterStatus newStatus) {
            return new State(id, trackingNumber, submission, mailboxOwner, newStatus, screening, handling, replying,
                    evaluation, version);
        }

        State with(Screening newScreening) {
            return new State(id, trackingNumber, submission, mailboxOwner, status, newScreening, handling, replying,
                    evaluation, version);
        }

        State with(Handling newHandling) {
            return new State(id, trackingNumber, submission, mailboxOwner, status, screening, newHandling, replying,
                    evaluation, version);
        }

        State with(Replying newReplying) {
            return new State(id, trackingNumber, submission, mailboxOwner, status, screening, handling, newReplying,
                    evaluation, version);
        }

        State with(Evaluation newEvaluation) {
            return new State(id, trackingNumber, submission, mailboxOwner, status, screening, handling, replying,
                    newEvaluation, version);
        }

        State withOffice(String office) {
            return new State(id, trackingNumber, submission, office, status, screening, handling, replying,
                    evaluation, version);
        }
    }

    private State state;
    private final List<LetterChange> changes = new ArrayList<>();

    private Letter(State state) {
        this.state = Objects.requireNonNull(state);
    }

    public static Letter restore(State state) {
        return new Letter(state);
    }

    /** A citizen writes a letter; text is trimmed, limits were checked at the edge and are re-checked here. */
    public static Letter submit(TrackingNumber trackingNumber, Writer writer, String mailbox, String mailboxOwner,
                                LetterCategory category, String title, String body, Clock clock) {
        String cleanTitle = requireText(title, MAX_TITLE_LENGTH, "title");
        String cleanBody = requireText(body, MAX_BODY_LENGTH, "body");
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        var letter = new Letter(new State(UUID.randomUUID(), trackingNumber,
                new Submission(writer, mailbox, category, cleanTitle, cleanBody, now), mailboxOwner,
                LetterStatus.SUBMITTED, null, null, null, null, 0));
        letter.record(Action.SUBMITTED, null, new Actor(writer.id(), writer.name(), Actor.Role.CITIZEN, null),
                now.toInstant(), Map.of("mailbox", mailbox, "category", category.name()));
        return letter;
    }

    // --- screening by the mailbox office -------------------------------------------------------------------------

    /** The office accepts the letter: from now on the reply deadline runs. */
    public void accept(Actor office, String note, DeadlineRule rule, WorkingTime time, Instant at) {
        requireOffice(office);
        requireStatus(LetterStatus.SUBMITTED, "accepted");
        String text = optionalText(note, MAX_NOTE_LENGTH, "note");
        var deadline = DeadlineClock.start(rule, at, office.id(), time);
        var from = state.status();
        state = state.with(LetterStatus.ACCEPTED).with(Screening.accepted(at, text)).with(Handling.started(deadline));
        record(Action.ACCEPTED, from, office, at, details("dueAt", deadline.dueAt(), "rule", rule.code(),
                "workingDays", rule.workingDays()));
    }

    /** The office does not accept it; the citizen is told why. */
    public void notAccept(Actor office, NotAcceptedReason reason, String explanation, Instant at) {
        requireOffice(office);
        requireStatus(LetterStatus.SUBMITTED, "refused");
        Objects.requireNonNull(reason, "reason");
        String text = requireText(explanation, MAX_NOTE_LENGTH, "explanation");
        var from = state.status();
        state = state.with(LetterStatus.NOT_ACCEPTED).with(Screening.notAccepted(reason, text));
        record(Action.NOT_ACCEPTED, from, office, at, details("reason", reason.name(), "explanation", text));
    }

    /** The office merges it into an earlier letter on the same matter; that letter carries the answer. */
    public void mergeInto(Actor office, Letter earlier, Instant at) {
        requireOffice(office);
        requireStatus(LetterStatus.SUBMITTED, "merged");
        if (earlier.id().equals(id()) || !earlier.mailbox().equals(mailbox())) {
            throw new LetterRuleViolation(LetterRuleViolation.Rule.MERGE_TARGET_NOT_ELIGIBLE);
        }
        if (earlier.status() == LetterStatus.MERGED || earlier.status() == LetterStatus.NOT_ACCEPTED) {
            throw new LetterStateException(earlier.status(), "the target of a merge");
        }
        var from = state.status();
        state = state.with(LetterStatus.MERGED).with(Screening.merged(earlier.trackingNumber().value()));
        record(Action.MERGED, from, office, at, details("reason", "MERGED", "mergedInto",
                earlier.trackingNumber().value()));
    }

    /** The office (or the routing rules, as the system) gives it to a handling department. */
    public void assign(Actor office, String department, boolean byRule, Instant at) {
        if (office.role() != Actor.Role.SYSTEM) {
            requireOffice(office);
        }
        requireStatus(LetterStatus.ACCEPTED, "assigned");
        String target = requireDepartment(department);
        var from = state.status();
        state = state.with(LetterStatus.ASSIGNED).with(state.handling().assignedTo(target));
        record(Action.ASSIGNED, from, office, at, details("department", target, "byRule", byRule));
    }

    /**
     * The mailbox's owner department changed: a letter not yet finished moves to the new office, which screens,
     * assigns and may transfer it from now on. Finished letters (not accepted, merged, closed) keep the office that
     * had them, as a record.
     */
    public void changeOffice(Actor administrator, String newOffice, Instant at) {
        if (!status().unfinished()) {
            throw new LetterStateException(state.status(), "moved to another office");
        }
        String target = requireDepartment(newOffice);
        String previous = state.mailboxOwner();
        if (target.equals(previous)) {
            return;
        }
        state = state.withOffice(target);
        record(Action.OFFICE_CHANGED, state.status(), administrator, at,
                details("fromOffice", previous, "toOffice", target));
    }

    // --- handling ------------------------------------------------------------------------------------------------

    /** Moves the letter to another department; the deadline keeps running. */
    public void transfer(Actor actor, String toDepartment, String reason, Instant at) {
        if (!actor.isHandlerOf(state.department()) && !actor.isHandlerOf(state.mailboxOwner())) {
            throw new LetterAccessDenied("Only the handling department or the mailbox office transfers a letter");
        }
        requireStatus(LetterStatus.ASSIGNED, "transferred");
        String target = requireDepartment(toDepartment);
        if (target.equals(state.department())) {
            throw new LetterRuleViolation(LetterRuleViolation.Rule.TRANSFER_TO_SAME_DEPARTMENT, target);
        }
        String text = requireText(reason, MAX_NOTE_LENGTH, "reason");
        String previous = state.department();
        state = state.with(state.handling().assignedTo(target));
        record(Action.TRANSFERRED, LetterStatus.ASSIGNED, actor, at,
                details("fromDepartment", previous, "toDepartment", target, "reason", text));
    }

    /** The handler needs more from the citizen (补充材料): the deadline pauses until the citizen answers. */
    public void requestInformation(Actor handler, String question, Instant at, WorkingTime time) {
        requireHandler(handler);
        requireStatus(LetterStatus.ASSIGNED, "paused for information");
        String text = requireText(question, MAX_CLOCK_TEXT_LENGTH, "question");
        var paused = state.deadline().pause(at, text, handler.id(), time);
        state = state.with(LetterStatus.AWAITING_CITIZEN).with(state.handling().paused(paused, text));
        record(Action.INFORMATION_REQUESTED, LetterStatus.ASSIGNED, handler, at, details("question", text));
    }

    /** The writer answers the handler's question; the deadline resumes with the working time it had left. */
    public void supplyInformation(Actor writer, String supplement, Instant at, WorkingTime time) {
        requireWriter(writer);
        requireStatus(LetterStatus.AWAITING_CITIZEN, "supplied with information");
        String text = requireText(supplement, MAX_BODY_LENGTH, "supplement");
        var resumed = state.deadline().resume(at, writer.id(), time);
        state = state.with(LetterStatus.ASSIGNED).with(state.handling().resumed(resumed, text));
        record(Action.INFORMATION_SUPPLIED, LetterStatus.AWAITING_CITIZEN, writer, at,
                details("dueAt", resumed.dueAt()));
    }

    /** The handler asks for more working days; a supervisor decides. One request may be pending at a time. */
    public void requestExtension(Actor handler, int workingDays, String reason, Instant at) {
        requireHandler(handler);
        if (state.status() != LetterStatus.ASSIGNED && state.status() != LetterStatus.AWAITING_CITIZEN) {
            throw new LetterStateException(state.status(), "extended");
        }
        if (state.pendingExtension() != null) {
            throw new LetterStateException(state.status(), "given a second pending extension request");
        }
        if (workingDays < 1 || workingDays > DeadlineClock.LONGEST_EXTENSION) {
            throw new LetterRuleViolation(LetterRuleViolation.Rule.EXTENSION_OUT_OF_RANGE,
                    DeadlineClock.LONGEST_EXTENSION);
        }
        String text = requireText(reason, MAX_CLOCK_TEXT_LENGTH, "reason");
        var request = new ExtensionRequest(workingDays, text, handler.id(), at);
        state = state.with(state.handling().withExtensionRequest(request));
        record(Action.EXTENSION_REQUESTED, state.status(), handler, at,
                details("workingDays", workingDays, "reason", text));
    }

    /** A supervisor approves or refuses the pending extension request. */
    public void decideExtension(Actor supervisor, boolean approve, String comment, Instant at, WorkingTime time) {
        if (supervisor.role() != Actor.Role.SUPERVISOR) {
            throw new LetterAccessDenied("Only a supervisor decides on extensions");
        }
        var request = state.pendingExtension();
        if (request == null || !state.status().open()) {
            throw new LetterStateException(state.status(), "extended without a pending request");
        }
        String note = optionalText(comment, MAX_NOTE_LENGTH, "comment");
        if (approve) {
            var extended = state.deadline().extend(request.workingDays(), request.reason(), supervisor.id(), at, time);
            state = state.with(state.handling().extended(extended));
            record(Action.EXTENSION_APPROVED, state.status(), supervisor, at, details("workingDays",
                    request.workingDays(), "dueAt", extended.dueAt(), "comment", note));
        } else {
            state = state.with(state.handling().withoutExtensionRequest());
            record(Action.EXTENSION_REFUSED, state.status(), supervisor, at,
                    details("workingDays", request.workingDays(), "comment", note));
        }
    }

    /** The handler drafts the reply; it goes to a reviewer before the citizen sees it. */
    public void draftReply(Actor handler, String text, Instant at) {
        requireHandler(handler);
        requireStatus(LetterStatus.ASSIGNED, "replied to");
        String reply = requireText(text, MAX_REPLY_LENGTH, "reply");
        var draft = new Reply(reply, handler.id(), handler.name(), state.department(), at, null, null, false, null,
                null, null);
        var replying = state.replying() == null ? new Replying(draft, null, null) : state.replying().drafted(draft);
        state = state.with(LetterStatus.IN_REVIEW).with(replying);
        record(Action.REPLY_DRAFTED, LetterStatus.ASSIGNED, handler, at, details("department", state.department()));
    }

    /** The reviewer sends the draft back to the handler with a comment. */
    public void sendBackReply(Actor reviewer, String comment, Instant at) {
        requireReviewer(reviewer);
        requireStatus(LetterStatus.IN_REVIEW, "sent back");
        if (comment == null || comment.isBlank()) {
            throw new LetterRuleViolation(LetterRuleViolation.Rule.SEND_BACK_NEEDS_COMMENT);
        }
        String text = requireText(comment, MAX_NOTE_LENGTH, "comment");
        state = state.with(LetterStatus.ASSIGNED).with(state.replying().sentBack(text));
        record(Action.REPLY_SENT_BACK, LetterStatus.IN_REVIEW, reviewer, at, details("comment", text));
    }

    /**
     * The reviewer approves the reply: it is sent to the citizen and the deadline stops. It is published too if
     * the writer agreed and the reviewer allows it (先审后发), with the texts {@code masking} gives, fixed now.
     *
     * <p>Working days taken and "on time" both measure the current deadline clock: from acceptance, or after a
     * reopening from the reopening, to this approval.
     */
    public void approveReply(Actor reviewer, boolean allowPublication, Function<Letter, PublishedText> masking,
                             Instant at, WorkingTime time) {
        requireReviewer(reviewer);
        requireStatus(LetterStatus.IN_REVIEW, "approved");
        var stopped = state.deadline().stop(at, reviewer.id(), time);
        boolean publish = allowPublication && state.writer().agreesToPublication();
        PublishedText published = publish ? Objects.requireNonNull(masking.apply(this), "masked texts") : null;
        var draft = state.reply();
        int taken = time.workingDaysTaken(stopped.receivedAt(), at);
        boolean onTime = Boolean.TRUE.equals(stopped.metOnTime());
        var approved = new Reply(draft.text(), draft.handlerId(), draft.handlerName(), draft.department(),
                draft.draftedAt(), reviewer.id(), at, publish, publish ? at : null, taken, onTime);
        state = state.with(LetterStatus.ANSWERED).with(state.handling().stopped(stopped))
                .with(state.replying().approved(approved, published));
        record(Action.REPLIED, LetterStatus.IN_REVIEW, reviewer, at, details("department", draft.department(),
                "onTime", onTime, "workingDaysTaken", taken));
        if (publish) {
            record(Action.PUBLISHED, LetterStatus.ANSWERED, reviewer, at, Map.of());
        }
    }

    /**
     * The writer rates the answer. An unsatisfied writer may ask for it to be handled again, once: it goes back to
     * the same department with a new deadline. Otherwise the letter is closed.
     */
    public void rate(Actor writer, Rating rating, String comment, boolean askForRehandling, DeadlineRule rule,
                     WorkingTime time, Instant at) {
        requireWriter(writer);
        requireStatus(LetterStatus.ANSWERED, "rated");
        Objects.requireNonNull(rating, "rating");
        String text = optionalText(comment, MAX_NOTE_LENGTH, "comment");
        var evaluation = new Evaluation(rating, text, at);
        record(Action.RATED, LetterStatus.ANSWERED, writer, at, details("rating", rating.name()));
        if (rating == Rating.UNSATISFIED && askForRehandling && state.reopenings() < MAX_REOPENINGS) {
            var deadline = DeadlineClock.start(rule, at, writer.id(), time);
            state = state.with(LetterStatus.ASSIGNED).with(evaluation).with(state.handling().reopened(deadline));
            record(Action.REOPENED, LetterStatus.ANSWERED, writer, at,
                    details("department", state.department(), "dueAt", deadline.dueAt()));
        } else {
            state = state.with(LetterStatus.CLOSED).with(evaluation);
            record(Action.CLOSED, LetterStatus.ANSWERED, writer, at, Map.of());
        }
    }

    // --- deadline announcements (scheduler) ---------------------------------------------------------------------

    /** Marks the due-soon warning as sent; false if it was sent already or no longer applies. */
    public boolean announceDueSoon(Instant at) {
        if (state.dueSoonAnnounced() || !isRunning()) {
            return false;
        }
        state = state.with(state.handling().dueSoonSent());
        record(Action.DUE_SOON, state.status(), Actor.SYSTEM, at, details("dueAt", state.deadline().dueAt()));
        return true;
    }

    /** Marks the overdue notice as sent; false if it was sent already or no longer applies. */
    public boolean announceOverdue(Instant at) {
        if (state.overdueAnnounced() || !isRunning() || !at.isAfter(state.deadline().dueAt())) {
            return false;
        }
        state = state.with(state.handling().overdueSent());
        record(Action.OVERDUE, state.status(), Actor.SYSTEM, at, details("dueAt", state.deadline().dueAt()));
        return true;
    }

    private boolean isRunning() {
        return state.status().open() && state.deadline() != null
                && state.deadline().state() == DeadlineClock.State.RUNNING;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    public boolean isWrittenBy(String userId) {
        return state.writer().id().equals(userId);
    }

    public boolean isPublished() {
        return state.reply() != null && state.reply().publishedAt() != null;
    }

    public State state() { return state; }
    public UUID id() { return state.id(); }
    public TrackingNumber trackingNumber() { return state.trackingNumber(); }
    public String writerId() { return state.writer().id(); }
    public String mailbox() { return state.mailbox(); }
    public LetterCategory category() { return state.category(); }
    public String title() { return state.title(); }
    public String body() { return state.body(); }
    public LetterStatus status() { return state.status(); }
    public OffsetDateTime submittedAt() { return state.submittedAt(); }
    public long version() { return state.version(); }

    /** The steps taken since the letter was loaded, oldest first. */
    public List<LetterChange> changes() {
        return List.copyOf(changes);
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private void requireOffice(Actor actor) {
        if (!actor.isHandlerOf(state.mailboxOwner())) {
            throw new LetterAccessDenied("Only the office of mailbox " + state.mailbox() + " screens and assigns");
        }
    }

    private void requireHandler(Actor actor) {
        if (!actor.isHandlerOf(state.department())) {
            throw new LetterAccessDenied("Only the handling department works on the letter");
        }
    }

    private void requireReviewer(Actor actor) {
        if (actor.role() != Actor.Role.REVIEWER) {
            throw new LetterAccessDenied("Only a reviewer reviews replies");
        }
        if (state.reply() != null && actor.id().equals(state.reply().handlerId())) {
            throw new LetterAccessDenied("A reply is reviewed by someone other than its author");
        }
    }

    private void requireWriter(Actor actor) {
        if (actor.role() != Actor.Role.CITIZEN || !isWrittenBy(actor.id())) {
            throw new LetterAccessDenied("Only the writer does this");
        }
    }

    private void requireStatus(LetterStatus required, String step) {
        if (state.status() != required) {
            throw new LetterStateException(state.status(), step);
        }
    }

    private static String requireDepartment(String department) {
        if (department == null || !department.matches(CODE_FORMAT)) {
            throw new LetterRuleViolation(LetterRuleViolation.Rule.DEPARTMENT_CODE_MALFORMED);
        }
        return department;
    }

    static String requireText(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            throw LetterRuleViolation.ofText(LetterRuleViolation.Rule.TEXT_REQUIRED, field);
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw LetterRuleViolation.ofText(LetterRuleViolation.Rule.TEXT_TOO_LONG, field, max);
        }
        return trimmed;
    }

    private static String optionalText(String text, int max, String field) {
        return text == null || text.isBlank() ? null : requireText(text, max, field);
    }

    private void record(Action action, LetterStatus from, Actor actor, Instant at, Map<String, Object> details) {
        changes.add(new LetterChange(action, from, state.status(), actor, at, details));
    }

    private static Map<String, Object> details(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
