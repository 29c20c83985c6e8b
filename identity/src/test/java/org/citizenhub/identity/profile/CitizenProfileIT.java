package org.citizenhub.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubIntegrationTest
class CitizenProfileIT {

    private static final String PROFILE = """
            {"displayName":"张三","phone":"13812345678","email":"zhangsan@example.org",
             "notifications":{"site":true,"sms":true,"email":false}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    @Test
    void a_citizen_saves_their_profile_and_reads_it_back_in_full() {
        var citizen = TestAccounts.citizen();

        var saved = http.put("/me/profile", citizen.token(), PROFILE);
        var read = http.get("/me/profile", citizen.token());

        assertThat(saved.status()).isEqualTo(200);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("displayName").asString()).isEqualTo("张三");
        assertThat(read.json().path("phone").asString()).isEqualTo("13812345678");
        assertThat(read.json().path("notifications").path("sms").asBoolean()).isTrue();
    }

    @Test
    void a_citizen_only_ever_sees_their_own_profile() {
        var zhang = TestAccounts.citizen();
        var li = TestAccounts.citizen();
        http.put("/me/profile", zhang.token(), PROFILE);

        var seenByLi = http.get("/me/profile", li.token());

        assertThat(seenByLi.status()).isEqualTo(200);
        assertThat(seenByLi.body()).doesNotContain("13812345678").doesNotContain("zhangsan@example.org")
                .doesNotContain("张三");
        assertThat(http.get("/admin/citizens/" + zhang.id() + "/profile", li.token()).status()).isEqualTo(403);
    }

    @Test
    void the_phone_number_is_stored_encrypted() {
        var citizen = TestAccounts.citizen();

        http.put("/me/profile", citizen.token(), PROFILE);

        var raw = jdbc.sql("select phone_encrypted from citizen_profile where subject = :s")
                .param("s", citizen.id()).query(String.class).single();
        assertThat(raw).isNotBlank().startsWith("v1:").doesNotContain("13812345678").doesNotContain("5678");
    }

    @Test
    void staff_see_a_masked_phone_number_and_the_look_up_is_logged() {
        var citizen = TestAccounts.citizen();
        http.put("/me/profile", citizen.token(), PROFILE);
        var handler = TestAccounts.handler("D-GOV-OFFICE");

        var seen = http.get("/admin/citizens/" + citizen.id() + "/profile", handler.token());

        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().path("phone").asString()).isEqualTo("138****5678");
        assertThat(seen.body()).doesNotContain("13812345678");
        assertThat(jdbc.sql("""
                select count(*) from admin_audit_log
                 where action = 'profile.viewed' and target_id = :s and actor_subject = :a""")
                .param("s", citizen.id()).param("a", handler.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_malformed_phone_number_is_rejected_with_a_problem_and_nothing_is_stored() {
        var citizen = TestAccounts.citizen();

        var response = http.put("/me/profile", citizen.token(), """
                {"displayName":"张三","phone":"call me maybe","notifications":{"site":true,"sms":false,"email":false}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/validation-failed");
        assertThat(response.json().path("errors").toString()).contains("phone");
        assertThat(storedProfiles(citizen.id())).isZero();
    }

    @Test
    void sms_notifications_without_a_phone_number_are_rejected_and_nothing_is_stored() {
        var citizen = TestAccounts.citizen();

        var response = http.put("/me/profile", citizen.token(), """
                {"displayName":"张三","notifications":{"site":true,"sms":true,"email":false}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).endsWith("/notification-channel-without-contact");
        assertThat(storedProfiles(citizen.id())).isZero();
    }

    @Test
    void malformed_json_is_a_problem_and_nothing_is_stored() {
        var citizen = TestAccounts.citizen();

        var response = http.put("/me/profile", citizen.token(), "{\"displayName\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).endsWith("/malformed-json");
        assertThat(storedProfiles(citizen.id())).isZero();
    }

    @Test
    void the_profile_needs_a_token() {
        var response = http.get("/me/profile", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private long storedProfiles(String subject) {
        return jdbc.sql("select count(*) from citizen_profile where subject = :s").param("s", subject)
                .query(Long.class).single();
    }
}
