package org.citizenhub.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.notify.Notification;
import org.citizenhub.casework.notify.NotificationCatalogue;
import org.citizenhub.casework.notify.NotificationKind;
import org.junit.jupiter.api.Test;

/** The mailbox's catalogue: its texts, rendered by platform-casework, exactly as writers receive them. */
class NotificationMessagesTest {

    private static final String TN = "ML20261123000042";

    private final NotificationCatalogue messages =
            NotificationCatalogue.of(MailboxNotifications.TEXTS, MailboxNotifications.KINDS);

    private static Notification notification(NotificationKind kind, Locale locale, Map<String, String> params) {
        return new Notification(TN, ContactChannel.EMAIL, "zhang.san@example.org", kind, locale, params);
    }

    /** The parameters of {@code all} that the kind declares (a notification refuses others). */
    private static Map<String, String> declaredBy(NotificationKind kind, Map<String, String> all) {
        var declared = new java.util.HashMap<>(all);
        declared.keySet().retainAll(kind.params());
        return declared;
    }

    @Test
    void letter_accepted_in_chinese_names_the_mailbox_title_tracking_number_due_date_and_where_to_follow_it() {
        var email = messages.email(notification(MailboxNotifications.LETTER_ACCEPTED, Locale.SIMPLIFIED_CHINESE, Map.of(
                "title", "人民路路灯不亮", "mailbox", "市长信箱", "dueDate", "2026年12月8日",
                "queryUrl", "https://hub.example/letters/" + TN)));

        assertThat(email.subject()).isEqualTo("【市长信箱】您的来信已受理（" + TN + "）");
        assertThat(email.body()).isEqualTo("""
                您好！

                您写给市长信箱的来信《人民路路灯不亮》已受理，信件编号：ML20261123000042。
                我们将在2026年12月8日前答复您。
                查询办理进度：https://hub.example/letters/ML20261123000042

                您也可以登录网站，在“我的来信”中查看。本邮件由系统自动发送，请勿直接回复。
                """);
    }

    @Test
    void optional_lines_are_left_out_when_their_parameter_is_missing() {
        var email = messages.email(notification(MailboxNotifications.LETTER_ACCEPTED, null,
                Map.of("title", "噪音扰民", "mailbox", "区长信箱")));

        assertThat(email.body()).contains("您写给区长信箱的来信《噪音扰民》已受理，信件编号：" + TN + "。\n\n您也可以登录网站")
                .doesNotContain("答复您").doesNotContain("查询办理进度");
    }

    @Test
    void letter_answered_in_chinese() {
        var email = messages.email(notification(MailboxNotifications.LETTER_ANSWERED, Locale.CHINA,
                Map.of("title", "社保咨询", "mailbox", "市长信箱")));

        assertThat(email.subject()).isEqualTo("【市长信箱】您的来信已答复（" + TN + "）");
        assertThat(email.body()).startsWith("您好！\n\n您写给市长信箱的来信《社保咨询》（信件编号：" + TN + "）已答复，"
                + "请登录网站在“我的来信”中查看答复内容。\n\n");
    }

    @Test
    void letter_not_accepted_in_chinese_gives_the_reason() {
        var email = messages.email(notification(MailboxNotifications.LETTER_NOT_ACCEPTED, Locale.SIMPLIFIED_CHINESE,
                Map.of("title", "投诉邻居", "mailbox", "市长信箱", "reason", "属于民事纠纷，请通过人民调解或诉讼途径解决。")));

        assertThat(email.subject()).isEqualTo("【市长信箱】您的来信未予受理（" + TN + "）");
        assertThat(email.body()).contains("您写给市长信箱的来信《投诉邻居》（信件编号：" + TN + "）未予受理。\n"
                + "原因：属于民事纠纷，请通过人民调解或诉讼途径解决。\n\n");
    }

    @Test
    void letter_accepted_in_english() {
        var email = messages.email(notification(MailboxNotifications.LETTER_ACCEPTED, Locale.ENGLISH, Map.of(
                "title", "Street lights out", "mailbox", "Mayor's Mailbox", "dueDate", "8 December 2026")));

        assertThat(email.subject()).isEqualTo("[Mayor's Mailbox] Your letter " + TN + " has been accepted");
        assertThat(email.body()).isEqualTo("""
                Hello,

                Your letter "Street lights out" to Mayor's Mailbox has been accepted. Its tracking number is \
                ML20261123000042.
                You will have an answer by 8 December 2026.

                You can also see it under "My letters" on the site. This message was sent automatically; please do \
                not reply to it.
                """);
    }

    @Test
    void letter_answered_in_english() {
        var email = messages.email(notification(MailboxNotifications.LETTER_ANSWERED, Locale.US,
                Map.of("title", "Pension transfer", "mailbox", "Mayor's Mailbox",
                        "queryUrl", "https://hub.example/q")));

        assertThat(email.subject()).isEqualTo("[Mayor's Mailbox] Your letter " + TN + " has been answered");
        assertThat(email.body()).startsWith("Hello,\n\nYour letter \"Pension transfer\" to Mayor's Mailbox (tracking "
                + "number " + TN + ") has been answered. Sign in and open \"My letters\" to read the reply.\n"
                + "Follow its progress at https://hub.example/q\n\n");
    }

    @Test
    void letter_not_accepted_in_english_gives_the_reason() {
        var email = messages.email(notification(MailboxNotifications.LETTER_NOT_ACCEPTED, Locale.UK,
                Map.of("title", "Neighbour dispute", "mailbox", "Mayor's Mailbox",
                        "reason", "This is a civil matter for mediation or the courts.")));

        assertThat(email.subject()).isEqualTo("[Mayor's Mailbox] Your letter " + TN + " was not accepted");
        assertThat(email.body()).contains("(tracking number " + TN + ") was not accepted.\n"
                + "Reason: This is a civil matter for mediation or the courts.\n\n");
    }

    @Test
    void parameters_are_data_not_patterns() {
        var email = messages.email(notification(MailboxNotifications.LETTER_ACCEPTED, Locale.ENGLISH,
                Map.of("title", "It's {0} and '{1}'", "mailbox", "Mayor's Mailbox")));

        assertThat(email.body()).contains("\"It's {0} and '{1}'\"");
    }

    @Test
    void every_kind_renders_in_both_languages_without_leftover_placeholders() {
        for (NotificationKind kind : MailboxNotifications.KINDS) {
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                var n = notification(kind, locale, declaredBy(kind, Map.of("title", "T", "mailbox", "M", "reason", "R",
                        "dueDate", "D", "queryUrl", "U")));
                var email = messages.email(n);
                assertThat(email.subject() + email.body() + messages.sms(n)).as(kind + " " + locale)
                        .doesNotContain("{").doesNotContain("}").contains(TN);
            }
        }
    }

    @Test
    void text_messages_fit_one_sms_of_70_characters() {
        for (NotificationKind kind : MailboxNotifications.KINDS) {
            var zh = new Notification(TN, ContactChannel.SMS, "13812345678", kind, Locale.SIMPLIFIED_CHINESE,
                    declaredBy(kind, Map.of("title", "人民路路灯不亮", "mailbox", "市长信箱", "reason", "属于民事纠纷")));
            var en = new Notification(TN, ContactChannel.SMS, "13812345678", kind, Locale.ENGLISH,
                    declaredBy(kind, Map.of("title", "Street lights", "mailbox", "Mayor's Mailbox",
                            "reason", "A civil matter.")));
            assertThat(messages.sms(zh)).as(kind + " zh").hasSizeLessThanOrEqualTo(NotificationCatalogue.SMS_LIMIT);
            assertThat(messages.sms(en)).as(kind + " en").hasSizeLessThanOrEqualTo(NotificationCatalogue.SMS_LIMIT);
        }
        var accepted = new Notification(TN, ContactChannel.SMS, "13812345678", MailboxNotifications.LETTER_ACCEPTED,
                Map.of("title", "人民路路灯不亮", "mailbox", "市长信箱"));
        assertThat(messages.sms(accepted)).isEqualTo("【市长信箱】您的来信" + TN + "已受理，请在“我的来信”中查看办理进度。");
    }

    @Test
    void a_reason_too_long_for_one_text_message_is_left_to_the_site() {
        var notAccepted = new Notification(TN, ContactChannel.SMS, "13812345678",
                MailboxNotifications.LETTER_NOT_ACCEPTED, Map.of("title", "投诉邻居", "mailbox", "市长信箱",
                "reason", "属于民事纠纷，依法应当通过人民调解、仲裁或者诉讼途径解决，请向所在街道人民调解委员会咨询。"));
        var shortReason = new Notification(TN, ContactChannel.SMS, "13812345678",
                MailboxNotifications.LETTER_NOT_ACCEPTED, Map.of("title", "投诉邻居", "mailbox", "市长信箱",
                "reason", "属于民事纠纷。"));

        assertThat(messages.sms(notAccepted)).isEqualTo("【市长信箱】您的来信" + TN + "未予受理，原因请在“我的来信”中查看。");
        assertThat(messages.sms(shortReason)).isEqualTo("【市长信箱】您的来信" + TN + "未予受理，原因：属于民事纠纷。");
    }

    @Test
    void chinese_is_used_for_any_language_but_english_whatever_the_machine_default() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            var french = notification(MailboxNotifications.LETTER_ANSWERED, Locale.FRENCH,
                    Map.of("title", "T", "mailbox", "市长信箱"));
            assertThat(french.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(messages.email(french).subject()).startsWith("【市长信箱】您的来信已答复");
        } finally {
            Locale.setDefault(before);
        }
    }
}
