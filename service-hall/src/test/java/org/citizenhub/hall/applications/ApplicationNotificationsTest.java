package org.citizenhub.hall.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.citizenhub.casework.notify.ContactChannel;
import org.citizenhub.casework.notify.Notification;
import org.citizenhub.casework.notify.NotificationCatalogue;
import org.junit.jupiter.api.Test;

class ApplicationNotificationsTest {

    @Test
    void every_kind_has_its_texts_in_chinese_and_english_and_renders_the_reasons() {
        var catalogue = org.citizenhub.hall.config.HallConfiguration.catalogue();
        var decided = new Notification("BJ20261116000001", ContactChannel.EMAIL, "a@example.org",
                ApplicationNotifications.APPLICATION_DECIDED, Locale.SIMPLIFIED_CHINESE,
                Map.of("item", "公共场所卫生许可", "number", "N1", "outcome", "不予许可", "reasons", "D-TRANSPORT：方案不可行"));
        var email = catalogue.email(decided);
        assertThat(email.subject()).contains("BJ20261116000001");
        assertThat(email.body()).contains("公共场所卫生许可", "不予许可", "理由：D-TRANSPORT：方案不可行");
        var english = catalogue.email(new Notification("BJ20261116000001", ContactChannel.EMAIL, "a@example.org",
                ApplicationNotifications.APPLICATION_ACCEPTED, Locale.ENGLISH,
                Map.of("item", "Hygiene licence", "number", "N1", "dueDate", "2026-12-14")));
        assertThat(english.body()).contains("is accepted", "2026-12-14");
    }
}
