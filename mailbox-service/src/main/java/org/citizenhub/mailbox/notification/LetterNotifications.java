package org.citizenhub.mailbox.notification;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.casework.notify.CitizenNotifier;
import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.notify.Notification;
import org.citizenhub.casework.notify.NotificationKind;
import org.citizenhub.mailbox.letter.Letter;
import org.citizenhub.mailbox.letter.LetterChange;
import org.citizenhub.mailbox.letter.LetterHandling;
import org.citizenhub.mailbox.letter.NotAcceptedReason;
import org.citizenhub.mailbox.mailbox.Mailboxes;
import org.springframework.stereotype.Component;

/**
 * Tells the writer when their letter is accepted, answered or not accepted, on the channel they chose. Queued in
 * the step's own transaction, so a notification exists exactly when the step happened; sending is retried apart.
 */
@Component
class LetterNotifications implements LetterHandling.LetterStepListener {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CitizenNotifier notifier;
    private final Mailboxes mailboxes;
    private final HubCalendar calendar;

    LetterNotifications(CitizenNotifier notifier, Mailboxes mailboxes, HubCalendar calendar) {
        this.notifier = notifier;
        this.mailboxes = mailboxes;
        this.calendar = calendar;
    }

    @Override
    public void stepTaken(Letter letter, LetterChange change) {
        NotificationKind kind = switch (change.action()) {
            case ACCEPTED -> MailboxNotifications.LETTER_ACCEPTED;
            case REPLIED -> MailboxNotifications.LETTER_ANSWERED;
            case NOT_ACCEPTED, MERGED -> MailboxNotifications.LETTER_NOT_ACCEPTED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        var s = letter.state();
        var writer = s.writer();
        ContactChannel channel = ContactChannel.valueOf(writer.contactChannel().name());
        String recipient = switch (channel) {
            case EMAIL -> writer.email();
            case SMS -> writer.phone();
            case SITE -> null;
        };
        var params = new LinkedHashMap<String, String>();
        params.put(MailboxNotifications.TITLE, s.title());
        params.put(MailboxNotifications.MAILBOX, mailboxes.find(s.mailbox()).map(Mailboxes.MailboxSummary::nameZh)
                .orElse(s.mailbox()));
        if (kind == MailboxNotifications.LETTER_ACCEPTED && s.deadline() != null) {
            params.put(MailboxNotifications.DUE_DATE,
                    DATE.format(s.deadline().dueAt().atZone(calendar.policy().zone())));
        }
        if (kind == MailboxNotifications.LETTER_NOT_ACCEPTED) {
            params.put(MailboxNotifications.REASON, reason(s));
        }
        notifier.enqueue(new Notification(s.trackingNumber().value(), channel, recipient, kind, Map.copyOf(params)));
    }

    private static String reason(Letter.State s) {
        if (s.mergedInto() != null) {
            return "与信件 " + s.mergedInto() + " 反映的是同一事项，已合并办理，请关注该信件的答复";
        }
        String reason = s.notAcceptedReason() == NotAcceptedReason.DUPLICATE ? "重复来信"
                : s.notAcceptedReason() == NotAcceptedReason.OUT_OF_SCOPE ? "不属于本信箱受理范围"
                : s.notAcceptedReason() == NotAcceptedReason.ABUSIVE ? "来信含有辱骂、攻击等内容"
                : "来信内容不清，无法办理";
        return s.screeningNote() == null ? reason : reason + "：" + s.screeningNote();
    }
}
