package org.citizenhub.casework.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Map<String, String> PARAMS = Map.of("title", "标题", "office", "市长信箱");

    @Test
    void defaults_to_simplified_chinese_and_keeps_english() {
        assertThat(new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_ANSWERED, PARAMS)
                .locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_ANSWERED, null, PARAMS)
                .locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_ANSWERED,
                Locale.forLanguageTag("en-GB"), PARAMS).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void email_and_sms_need_a_recipient_and_the_site_has_none() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.EMAIL, " ", TestKinds.CASE_ACCEPTED, PARAMS));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SMS, null, TestKinds.CASE_ACCEPTED, PARAMS));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SITE, "a@b.org", TestKinds.CASE_ACCEPTED, PARAMS));
    }

    @Test
    void only_known_parameters_are_accepted_so_nothing_personal_is_stored_in_plain_text() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_ACCEPTED,
                        Map.of("title", "标题", "office", "市长信箱", "body", "信件正文")))
                .withMessageContaining("body");
    }

    @Test
    void each_kind_requires_its_parameters() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_REFUSED, PARAMS))
                .withMessageContaining("reason");
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_ACCEPTED,
                        Map.of("title", "标题")))
                .withMessageContaining("office");
    }

    @Test
    void a_parameter_declared_for_another_kind_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_ANSWERED,
                        Map.of("title", "标题", "office", "市长信箱", "reason", "理由")))
                .withMessageContaining("reason");
    }

    @Test
    void a_parameter_as_long_as_a_case_body_is_refused() {
        String body = "人".repeat(Notification.MAX_PARAM_LENGTH + 1);

        assertThatIllegalArgumentException().isThrownBy(() ->
                new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_REFUSED,
                        Map.of("title", "标题", "office", "市长信箱", "reason", body)))
                .withMessageContaining("reason").withMessageNotContaining(body);
        assertThat(new Notification("ML1", ContactChannel.SITE, null, TestKinds.CASE_REFUSED,
                Map.of("title", "标题", "office", "市长信箱", "reason", body.substring(1))).param("reason"))
                .hasSize(Notification.MAX_PARAM_LENGTH);
    }

    @Test
    void kinds_and_parameters_are_named_so_that_texts_can_find_them() {
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationKind.of("letter accepted", "title"));
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationKind.of("CASE_X", "due date"));
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationKind.of("CASE_X", "trackingNumber"))
                .withMessageContaining("always given");
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationKind.of("CASE_X", "title")
                .withOptional("title")).withMessageContaining("twice");
        assertThat(NotificationKind.of("LETTER_NOT_ACCEPTED").messageKey()).isEqualTo("letter-not-accepted");
        assertThat(NotificationKind.keyOf("queryUrl")).isEqualTo("query-url");
    }

    @Test
    void to_string_masks_the_recipient() {
        var sms = new Notification("ML1", ContactChannel.SMS, "13812345678", TestKinds.CASE_ACCEPTED, PARAMS);
        var email = new Notification("ML1", ContactChannel.EMAIL, "zhang.san@example.org",
                TestKinds.CASE_ACCEPTED, PARAMS);

        assertThat(sms.toString()).contains("138****5678").doesNotContain("13812345678");
        assertThat(email.toString()).contains("z***@example.org").doesNotContain("zhang.san");
    }

    @Test
    void contacts_are_masked_and_redacted_from_error_texts() {
        assertThat(Contacts.mask("+8613812345678")).isEqualTo("+86*******5678");
        assertThat(Contacts.mask("12345")).isEqualTo("****");
        assertThat(Contacts.redact("550 5.1.1 <zhang.san@example.org>: user unknown", "zhang.san@example.org"))
                .isEqualTo("550 5.1.1 <z***@example.org>: user unknown");
    }
}
