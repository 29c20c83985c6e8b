package org.citizenhub.supervision.notices.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.citizenhub.supervision.notices.domain.NoticePhase.Accepted;
import org.citizenhub.supervision.notices.domain.NoticePhase.AwaitingReply;
import org.citizenhub.supervision.notices.domain.NoticePhase.Escalated;
import org.citizenhub.supervision.notices.domain.NoticePhase.Issued;
import org.citizenhub.supervision.notices.domain.NoticePhase.Replied;
import org.citizenhub.supervision.notices.domain.NoticePhase.Returned;

/**
 * A supervision notice (督办通知) on a case: the supervisor asks its department for measures by a deadline in working
 * days, the department replies with the measures taken, the supervisor accepts the reply or sends it back for
 * another round; a reply not given in time escalates the notice, once, to the department head.
 *
 * <p>Immutable: every transition checks the phase, appends one {@link NoticeStep} and returns the next notice. The
 * steps are the notice's whole story (they are what is stored and shown on the case); {@link #restore} folds them
 * back into the phase. Who may act (roles, scope) is decided by {@link NoticePolicies} before a transition.
 */
public final class Notice {

    private final UUID id;
    private final String number;
    private final CaseOnNotice onCase;
    private final List<NoticeStep> steps;
    private final NoticePhase phase;
    private final Instant escalatedAt;

    private Notice(UUID id, String number, CaseOnNotice onCase, List<NoticeStep> steps, NoticePhase phase,
                   Instant escalatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.onCase = Objects.requireNonNull(onCase, "onCase");
        this.steps = List.copyOf(steps);
        this.phase = Objects.requireNonNull(phase, "phase");
        this.escalatedAt = escalatedAt;
    }

    /** A new notice asking the case's department for {@code measures} by {@code replyDueAt}. */
    public static Notice issue(UUID id, String number, CaseOnNotice onCase, Staff supervisor, String measures,
                               Instant now, Instant replyDueAt) {
        if (!replyDueAt.isAfter(now)) {
            throw new IllegalArgumentException("a reply deadline lies ahead: " + replyDueAt);
        }
        var step = NoticeStep.by(supervisor, NoticeStep.Kind.ISSUED, 1, now, measures.strip(), replyDueAt,
                onCase.department());
        return new Notice(id, number, onCase, List.of(step), new Issued(now, replyDueAt), null);
    }

    /** The notice its stored steps tell of (in order); the first is its issue. */
    public static Notice restore(UUID id, String number, CaseOnNotice onCase, List<NoticeStep> steps) {
        if (steps.isEmpty() || steps.getFirst().kind() != NoticeStep.Kind.ISSUED) {
            throw new IllegalArgumentException("notice " + number + " starts with its issue");
        }
        NoticePhase phase = null;
        Instant escalatedAt = null;
        for (NoticeStep s : steps) {
            phase = switch (s.kind()) {
                case ISSUED -> new Issued(s.at(), s.dueAt());
                case REPLIED -> new Replied(s.round(), s.at(), s.text(),
                        phase instanceof AwaitingReply a && s.at().isAfter(a.replyDueAt()));
                case RETURNED -> new Returned(s.round(), s.at(), s.text(), s.dueAt());
                case ESCALATED -> new Escalated((AwaitingReply) phase, s.at(), s.target());
                case ACCEPTED -> new Accepted((Replied) phase, s.at());
            };
            if (s.kind() == NoticeStep.Kind.ESCALATED) {
                escalatedAt = s.at();
            }
        }
        return new Notice(id, number, onCase, steps, phase, escalatedAt);
    }

    /** The department answers with the measures it took; a reply after the deadline is marked late. */
    public Notice reply(Staff responder, String measures, Instant now) {
        if (!(phase instanceof AwaitingReply awaiting)) {
            throw new NoticeRefused(NoticeRule.NOT_AWAITING_REPLY, number, phase.name());
        }
        var step = NoticeStep.by(responder, NoticeStep.Kind.REPLIED, awaiting.round(), now, measures.strip(), null,
                null);
        return next(step, new Replied(awaiting.round(), now, step.text(), now.isAfter(awaiting.replyDueAt())),
                escalatedAt);
    }

    /** The supervisor is satisfied with the reply: the supervision ends. */
    public Notice accept(Staff supervisor, String comment, Instant now) {
        Replied replied = requireReplied();
        var step = NoticeStep.by(supervisor, NoticeStep.Kind.ACCEPTED, replied.round(), now,
                comment == null || comment.isBlank() ? null : comment.strip(), null, null);
        return next(step, new Accepted(replied, now), escalatedAt);
    }

    /** The supervisor sends the reply back with a comment: another round, due at {@code replyDueAt}. */
    public Notice sendBack(Staff supervisor, String comment, Instant now, Instant replyDueAt, int maxRounds) {
        Replied replied = requireReplied();
        NoticePolicies.roundsAreLimited(this, maxRounds).orRefuse();
        int round = replied.round() + 1;
        var step = NoticeStep.by(supervisor, NoticeStep.Kind.RETURNED, round, now, comment.strip(), replyDueAt,
                null);
        return next(step, new Returned(round, now, step.text(), replyDueAt), escalatedAt);
    }

    /**
     * The escalation to the department head, if it is due at {@code now}: a reply is awaited, its deadline has
     * passed, and the notice was never escalated before (a notice escalates once, whichever round is late).
     */
    public Optional<Notice> escalate(Instant now) {
        if (!(phase instanceof AwaitingReply awaiting) || escalatedAt != null
                || !now.isAfter(awaiting.replyDueAt())) {
            return Optional.empty();
        }
        var step = NoticeStep.by(Staff.SYSTEM, NoticeStep.Kind.ESCALATED, awaiting.round(), now, null, null,
                department());
        return Optional.of(next(step, new Escalated(awaiting, now, department()), now));
    }

    private Replied requireReplied() {
        if (!(phase instanceof Replied replied)) {
            throw new NoticeRefused(NoticeRule.NO_REPLY_TO_REVIEW, number, phase.name());
        }
        return replied;
    }

    private Notice next(NoticeStep step, NoticePhase nextPhase, Instant escalated) {
        List<NoticeStep> all = new ArrayList<>(steps);
        all.add(step);
        return new Notice(id, number, onCase, all, nextPhase, escalated);
    }

    public UUID id() {
        return id;
    }

    /** The notice's own number, e.g. {@code DB20261116000001} (督办). */
    public String number() {
        return number;
    }

    public CaseOnNotice onCase() {
        return onCase;
    }

    /** The department the notice went to: it answers, its head gets the escalation. */
    public String department() {
        return onCase.department();
    }

    public List<NoticeStep> steps() {
        return steps;
    }

    /** The step the last transition added. */
    public NoticeStep lastStep() {
        return steps.getLast();
    }

    public NoticeStep issue() {
        return steps.getFirst();
    }

    public NoticePhase phase() {
        return phase;
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    public boolean isClosed() {
        return phase instanceof Accepted;
    }

    /** When a reply is due, while one is awaited. */
    public Optional<Instant> replyDueAt() {
        return phase instanceof AwaitingReply a ? Optional.of(a.replyDueAt()) : Optional.empty();
    }
}
