package org.citizenhub.mailbox.letter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.citizenhub.calendar.DeadlineStatus;
import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.mailbox.mailbox.LetterCategory;

/** What the API shows of a letter, to its writer and to staff. */
final class LetterViews {

    private LetterViews() {
    }

    record DeadlineView(OffsetDateTime dueAt, DeadlineStatus status, boolean paused, long remainingWorkingDays,
                        long remainingHours, boolean overdue, int extendedWorkingDays) {

        static DeadlineView of(Letter letter, WorkingTime time, Instant now) {
            var deadline = letter.state().deadline();
            if (deadline == null) {
                return null;
            }
            var remaining = deadline.remaining(now, time);
            return new DeadlineView(deadline.dueAt().atZone(time.policy().zone()).toOffsetDateTime(),
                    deadline.status(now, time), deadline.state() == org.citizenhub.calendar.DeadlineClock.State.PAUSED,
                    remaining.days(), remaining.hours(), remaining.isNegative(), deadline.extendedWorkingDays());
        }
    }

    record ReplyView(String text, String department, OffsetDateTime answeredAt, boolean published) {
        static ReplyView of(Letter.Reply reply, ZoneId zone) {
            if (reply == null || reply.answeredAt() == null) {
                return null;
            }
            return new ReplyView(reply.text(), reply.department(), reply.answeredAt().atZone(zone).toOffsetDateTime(),
                    reply.publishedAt() != null);
        }
    }

    /** The writer's view: their letter, where it stands, what they are asked, and the answer once approved. */
    record OwnLetterView(String trackingNumber, String mailbox, LetterCategory category, String title, String body,
                         LetterStatus status, OffsetDateTime submittedAt, boolean agreesToPublication,
                         ContactChannel contactChannel, String notAcceptedReason, String screeningNote,
                         String mergedInto, String question, OffsetDateTime dueAt, ReplyView reply, Rating rating,
                         boolean mayAskForRehandling) {

        static OwnLetterView of(Letter letter, ZoneId zone) {
            var s = letter.state();
            boolean screeningVisible = s.status() == LetterStatus.NOT_ACCEPTED || s.status() == LetterStatus.MERGED;
            return new OwnLetterView(s.trackingNumber().value(), s.mailbox(), s.category(), s.title(), s.body(),
                    s.status(), s.submittedAt(), s.writer().agreesToPublication(), s.writer().contactChannel(),
                    s.notAcceptedReason() == null ? null : s.notAcceptedReason().name(),
                    screeningVisible ? s.screeningNote() : null, s.mergedInto(),
                    s.status() == LetterStatus.AWAITING_CITIZEN ? s.question() : null,
                    s.deadline() == null || !s.status().open() ? null
                            : s.deadline().dueAt().atZone(zone).toOffsetDateTime(),
                    ReplyView.of(s.reply(), zone), s.evaluation() == null ? null : s.evaluation().rating(),
                    s.status() == LetterStatus.ANSWERED && s.reopenings() < Letter.MAX_REOPENINGS);
        }
    }

    /** Staff's view: everything but the writer's contact details, with the deadline and the history. */
    record StaffLetterView(String trackingNumber, String mailbox, String mailboxOwner, LetterCategory category,
                           String title, String body, LetterStatus status, OffsetDateTime submittedAt,
                           boolean agreesToPublication, String department, String notAcceptedReason,
                           String screeningNote, String mergedInto, String question, String supplement,
                           DeadlineView deadline, Letter.ExtensionRequest pendingExtension, String draftReply,
                           String reviewComment, ReplyView reply, Rating rating, String ratingComment, int reopenings,
                           long version, List<Map<String, Object>> history, String site, String handlingSite) {

        /**
         * @param site         the letter's site (集约化): its mailbox office's
         * @param handlingSite the handling department's site
         */
        static StaffLetterView of(Letter letter, WorkingTime time, Instant now, List<Map<String, Object>> history,
                                  String site, String handlingSite) {
            var s = letter.state();
            ZoneId zone = time.policy().zone();
            return new StaffLetterView(s.trackingNumber().value(), s.mailbox(), s.mailboxOwner(), s.category(),
                    s.title(), s.body(), s.status(), s.submittedAt(), s.writer().agreesToPublication(), s.department(),
                    s.notAcceptedReason() == null ? null : s.notAcceptedReason().name(), s.screeningNote(),
                    s.mergedInto(), s.question(), s.supplement(), DeadlineView.of(letter, time, now),
                    s.pendingExtension(), s.reply() == null ? null : s.reply().text(), s.reviewComment(),
                    ReplyView.of(s.reply(), zone), s.evaluation() == null ? null : s.evaluation().rating(),
                    s.evaluation() == null ? null : s.evaluation().comment(), s.reopenings(), s.version(), history,
                    site, handlingSite);
        }
    }

    /** One line of a queue; a city's supervisor sees by {@code handlingSite} which district has the letter. */
    record QueueItem(String trackingNumber, String mailbox, LetterCategory category, String title, LetterStatus status,
                     String department, OffsetDateTime submittedAt, DeadlineView deadline,
                     boolean extensionPending, String site, String handlingSite) {

        static QueueItem of(Letter letter, WorkingTime time, Instant now, String site, String handlingSite) {
            var s = letter.state();
            return new QueueItem(s.trackingNumber().value(), s.mailbox(), s.category(), s.title(), s.status(),
                    s.department(), s.submittedAt(), DeadlineView.of(letter, time, now), s.pendingExtension() != null,
                    site, handlingSite);
        }
    }
}
