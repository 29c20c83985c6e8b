package org.citizenhub.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenProfileTest {

    @Test
    void sms_notifications_need_a_phone_number() {
        assertThat(CitizenProfile.unreachableChannel(null, "a@example.org",
                new NotificationPreferences(true, true, false))).contains("sms");
    }

    @Test
    void email_notifications_need_an_address() {
        assertThat(CitizenProfile.unreachableChannel(new PhoneNumber("13812345678"), " ",
                new NotificationPreferences(false, true, true))).contains("email");
    }

    @Test
    void site_notifications_need_no_contact() {
        assertThat(CitizenProfile.unreachableChannel(null, null, NotificationPreferences.DEFAULT)).isEmpty();
    }
}
