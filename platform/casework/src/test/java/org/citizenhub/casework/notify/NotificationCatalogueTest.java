package org.citizenhub.casework.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationCatalogueTest {

    private static final String TN = "ZX20261123000042";

    private final NotificationCatalogue catalogue = TestKinds.catalogue();

    private static Notification email(NotificationKind kind, Locale locale, Map<String, String> params) {
        return new Notification(TN, ContactChannel.EMAIL, "zhang.san@example.org", kind, locale, params);
    }

    @Test
    void texts_render_with_named_parameters_and_the_tracking_number() {
        var mail = catalogue.email(email(TestKinds.CASE_REFUSED, Locale.SIMPLIFIED_CHINESE,
                Map.of("title", "噪音扰民", "office", "市长信箱", "reason", "属于民事纠纷。")));

        assertThat(mail.subject()).isEqualTo("【市长信箱】您的诉求未予受理（" + TN + "）");
        assertThat(mail.body()).isEqualTo("""
                您好！

                您向市长信箱反映的《噪音扰民》未予受理。
                原因：属于民事纠纷。

                本邮件由系统自动发送，请勿直接回复。
                """);
    }

    @Test
    void optional_lines_follow_the_kinds_order_of_optional_parameters_only_when_given() {
        var full = catalogue.email(email(TestKinds.CASE_ACCEPTED, Locale.ENGLISH, Map.of("title", "Lights out",
                "office", "Mayor's Mailbox", "queryUrl", "https://hub.example/q", "dueDate", "8 December 2026")));
        var bare = catalogue.email(email(TestKinds.CASE_ACCEPTED, Locale.ENGLISH,
                Map.of("title", "Lights out", "office", "Mayor's Mailbox")));

        assertThat(full.body()).isEqualTo("""
                Hello,

                Your request "Lights out" to Mayor's Mailbox has been accepted. Its number is ZX20261123000042.
                You will have an answer by 8 December 2026.
                Follow its progress at https://hub.example/q

                This message was sent automatically; please do not reply to it.
                """);
        assertThat(bare.body()).doesNotContain("answer by").doesNotContain("Follow its progress");
    }

    @Test
    void a_kinds_own_optional_line_wins_over_the_shared_one_and_the_shared_one_serves_the_others() {
        var answered = catalogue.email(email(TestKinds.CASE_ANSWERED, Locale.SIMPLIFIED_CHINESE,
                Map.of("title", "社保", "office", "市长信箱", "queryUrl", "https://hub.example/q")));

        assertThat(answered.body()).contains("已答复。\n查询办理进度：https://hub.example/q\n\n");
    }

    @Test
    void parameter_values_are_data_never_patterns() {
        var mail = catalogue.email(email(TestKinds.CASE_ANSWERED, Locale.ENGLISH,
                Map.of("title", "It's {trackingNumber} and '{0}'", "office", "{office}")));

        assertThat(mail.body()).contains("\"It's {trackingNumber} and '{0}'\" to {office}");
    }

    @Test
    void a_text_message_too_long_for_one_sms_falls_back_to_the_short_text() {
        var longReason = new Notification(TN, ContactChannel.SMS, "13812345678", TestKinds.CASE_REFUSED,
                Map.of("title", "噪音", "office", "市长信箱", "reason", "属于民事纠纷，依法应当通过人民调解、仲裁或者诉讼途径解决，请向所在街道咨询。"));
        var shortReason = new Notification(TN, ContactChannel.SMS, "13812345678", TestKinds.CASE_REFUSED,
                Map.of("title", "噪音", "office", "市长信箱", "reason", "属于民事纠纷。"));

        assertThat(catalogue.sms(longReason)).isEqualTo("【市长信箱】您的诉求" + TN + "未予受理，原因请登录查看。");
        assertThat(catalogue.sms(shortReason)).isEqualTo("【市长信箱】您的诉求" + TN + "未予受理，原因：属于民事纠纷。")
                .hasSizeLessThanOrEqualTo(NotificationCatalogue.SMS_LIMIT);
    }

    @Test
    void any_language_but_english_gets_chinese() {
        var french = email(TestKinds.CASE_ANSWERED, Locale.FRENCH, Map.of("title", "T", "office", "市长信箱"));

        assertThat(catalogue.email(french).subject()).startsWith("【市长信箱】您的诉求已答复");
    }

    @Test
    void kinds_are_found_by_their_stored_name() {
        assertThat(catalogue.kind("CASE_REFUSED")).contains(TestKinds.CASE_REFUSED);
        assertThat(catalogue.kind("LETTER_ACCEPTED")).isEmpty();
        assertThat(catalogue.kinds()).containsExactlyElementsOf(TestKinds.ALL);
    }

    @Test
    void a_kind_from_another_catalogue_is_not_rendered() {
        var stranger = NotificationKind.of("CASE_ACCEPTED", "title");

        assertThatIllegalArgumentException().isThrownBy(() -> catalogue.sms(
                new Notification(TN, ContactChannel.SMS, "13812345678", stranger, Map.of("title", "T"))));
    }

    @Test
    void a_catalogue_without_its_english_texts_is_refused_at_startup() {
        assertThatIllegalStateException().isThrownBy(() -> NotificationCatalogue.of("notify/no-english", TestKinds.ALL))
                .withMessageContaining("notify/no-english_en.properties is missing");
    }

    @Test
    void a_kind_without_a_text_in_one_language_is_refused_at_startup() {
        assertThatIllegalStateException().isThrownBy(() -> NotificationCatalogue.of("notify/missing-text", TestKinds.ALL))
                .withMessageContaining("missing-text_en.properties: case-answered.sms is missing");
    }

    @Test
    void a_declared_kind_with_no_texts_at_all_is_refused_at_startup() {
        var extra = NotificationKind.of("CASE_MERGED", "title");

        assertThatIllegalStateException().isThrownBy(() -> NotificationCatalogue.of("notify/cases",
                        List.of(TestKinds.CASE_ACCEPTED, TestKinds.CASE_ANSWERED, TestKinds.CASE_REFUSED, extra)))
                .withMessageContaining("cases.properties: case-merged.subject is missing (kind CASE_MERGED)")
                .withMessageContaining("cases_en.properties: case-merged.sms is missing (kind CASE_MERGED)");
    }

    @Test
    void a_text_using_an_undeclared_parameter_name_is_refused_at_startup() {
        assertThatIllegalStateException().isThrownBy(() ->
                        NotificationCatalogue.of("notify/undeclared-name", TestKinds.ALL))
                .withMessageContaining("undeclared-name.properties: case-answered.sms uses [name], not declared");
    }

    @Test
    void a_text_using_another_kinds_parameter_is_refused_at_startup() {
        assertThatIllegalStateException().isThrownBy(() ->
                        NotificationCatalogue.of("notify/borrowed-name", TestKinds.ALL))
                .withMessageContaining("case-answered.sms uses [reason]");
    }

    @Test
    void a_key_of_no_declared_kind_is_refused_at_startup() {
        assertThatIllegalStateException().isThrownBy(() -> NotificationCatalogue.of("notify/stray-key", TestKinds.ALL))
                .withMessageContaining("case-acepted.sms.long belongs to no declared kind");
    }

    @Test
    void a_leftover_positional_placeholder_is_refused_at_startup() {
        assertThatIllegalStateException().isThrownBy(() -> NotificationCatalogue.of("notify/positional", TestKinds.ALL))
                .withMessageContaining("positional_en.properties: case-answered.sms: braces only mark named placeholders");
    }

    @Test
    void a_kind_declared_twice_is_refused() {
        assertThatIllegalStateException().isThrownBy(() -> NotificationCatalogue.of("notify/cases",
                List.of(TestKinds.CASE_ACCEPTED, TestKinds.CASE_ANSWERED, TestKinds.CASE_REFUSED,
                        TestKinds.CASE_REFUSED))).withMessageContaining("declared twice");
    }
}
