package org.citizenhub.identity.staff;

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
class StaffAssignmentIT {

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
    void assigning_a_handler_to_a_department_puts_that_department_in_the_handlers_next_token() {
        var admin = TestAccounts.admin();
        var handler = TestAccounts.handler("D-TRANSPORT");
        assertThat(HttpProbe.claims(handler.freshToken()).path("department").asString()).isEqualTo("D-TRANSPORT");

        var response = http.put("/admin/staff/" + handler.id() + "/department", admin.token(), """
                {"department":"D-ECOLOGY"}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("department").asString()).isEqualTo("D-ECOLOGY");
        var nextToken = HttpProbe.claims(handler.freshToken());
        assertThat(nextToken.path("department").asString()).isEqualTo("D-ECOLOGY");
        assertThat(nextToken.path("preferred_username").asString()).isEqualTo(handler.username());
        assertThat(auditActions(handler.id())).containsExactly("staff.department-assigned");
    }

    @Test
    void assigning_to_an_unknown_department_is_rejected_and_the_token_keeps_the_old_department() {
        var handler = TestAccounts.handler("D-HOUSING");

        var response = http.put("/admin/staff/" + handler.id() + "/department", TestAccounts.admin().token(), """
                {"department":"D-NOWHERE"}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/department-not-found");
        assertThat(HttpProbe.claims(handler.freshToken()).path("department").asString()).isEqualTo("D-HOUSING");
        assertThat(auditActions(handler.id())).isEmpty();
    }

    @Test
    void a_citizen_is_not_given_a_department() {
        var citizen = TestAccounts.citizen();

        var response = http.put("/admin/staff/" + citizen.id() + "/department", TestAccounts.admin().token(), """
                {"department":"D-TRANSPORT"}""");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("type").asString()).endsWith("/not-a-staff-member");
        assertThat(HttpProbe.claims(citizen.freshToken()).path("department").isMissingNode()).isTrue();
    }

    @Test
    void a_handler_cannot_move_anyone_between_departments() {
        var handler = TestAccounts.handler("D-TRANSPORT");

        var response = http.put("/admin/staff/" + handler.id() + "/department", handler.token(), """
                {"department":"D-HEALTH"}""");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(HttpProbe.claims(handler.freshToken()).path("department").asString()).isEqualTo("D-TRANSPORT");
    }

    @Test
    void removing_a_staff_members_department_removes_the_claim_from_their_next_token() {
        var handler = TestAccounts.handler("D-MARKET");

        var response = http.delete("/admin/staff/" + handler.id() + "/department", TestAccounts.admin().token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(HttpProbe.claims(handler.freshToken()).path("department").isMissingNode()).isTrue();
        assertThat(auditActions(handler.id())).containsExactly("staff.department-removed");
    }

    @Test
    void an_unknown_user_is_a_not_found_problem() {
        var response = http.put("/admin/staff/" + java.util.UUID.randomUUID() + "/department",
                TestAccounts.admin().token(), """
                {"department":"D-TRANSPORT"}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asString()).endsWith("/staff-member-not-found");
    }

    private java.util.List<String> auditActions(String userId) {
        return jdbc.sql("select action from admin_audit_log where target_type = 'staff' and target_id = :id")
                .param("id", userId).query(String.class).list();
    }
}
