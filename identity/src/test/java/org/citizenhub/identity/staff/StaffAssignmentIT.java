package org.citizenhub.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.identity.RealmSiteSupport;
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

    @Test
    void making_a_supervisor_site_staff_puts_the_site_in_their_next_token_and_in_the_operation_log() {
        RealmSiteSupport.assumeSiteClaimsAndRole();
        var supervisor = TestAccounts.supervisor();

        var response = http.put("/admin/staff/" + supervisor.id() + "/site", TestAccounts.admin().token(), """
                {"site":"DONGCHENG"}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("site").asString()).isEqualTo("DONGCHENG");
        assertThat(HttpProbe.claims(supervisor.freshToken()).path("site").asString()).isEqualTo("DONGCHENG");
        assertThat(auditActions(supervisor.id())).containsExactly("staff.site-assigned");
    }

    @Test
    void a_site_administrator_is_given_a_site_and_loses_it_again() {
        RealmSiteSupport.assumeSiteClaimsAndRole();
        var siteAdmin = TestAccounts.withRoles(null, "site-admin");
        var admin = TestAccounts.admin();
        http.put("/admin/staff/" + siteAdmin.id() + "/site", admin.token(), """
                {"site":"XICHENG"}""");
        assertThat(HttpProbe.claims(siteAdmin.freshToken()).path("site").asString()).isEqualTo("XICHENG");

        var response = http.delete("/admin/staff/" + siteAdmin.id() + "/site", admin.token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(HttpProbe.claims(siteAdmin.freshToken()).path("site").isMissingNode()).isTrue();
        assertThat(auditActions(siteAdmin.id())).containsExactly("staff.site-assigned", "staff.site-removed");
    }

    @Test
    void a_district_handler_may_belong_to_the_district_site_or_the_city_site_above_it() {
        RealmSiteSupport.assumeSiteClaimsAndRole();
        var handler = TestAccounts.handler("D-DONGCHENG-OFFICE");
        var admin = TestAccounts.admin();

        var district = http.put("/admin/staff/" + handler.id() + "/site", admin.token(), """
                {"site":"DONGCHENG"}""");
        var city = http.put("/admin/staff/" + handler.id() + "/site", admin.token(), """
                {"site":"GOV"}""");

        assertThat(district.status()).isEqualTo(200);
        assertThat(city.status()).isEqualTo(200);
        assertThat(city.json().path("department").asString()).isEqualTo("D-DONGCHENG-OFFICE");
        assertThat(HttpProbe.claims(handler.freshToken()).path("site").asString()).isEqualTo("GOV");
    }

    @Test
    void a_city_bureau_handler_is_not_put_in_a_district_site_and_a_district_member_not_in_a_city_bureau() {
        RealmSiteSupport.assumeSiteClaimsAndRole();
        var cityHandler = TestAccounts.handler("D-TRANSPORT");
        var districtSupervisor = TestAccounts.atSite("XICHENG", null, "supervisor");
        var admin = TestAccounts.admin();

        var toDistrict = http.put("/admin/staff/" + cityHandler.id() + "/site", admin.token(), """
                {"site":"DONGCHENG"}""", "en");
        var toCityBureau = http.put("/admin/staff/" + districtSupervisor.id() + "/department", admin.token(), """
                {"department":"D-TRANSPORT"}""");

        assertThat(toDistrict.status()).isEqualTo(409);
        assertThat(toDistrict.json().path("type").asString()).endsWith("/site-does-not-cover-department");
        assertThat(toDistrict.json().path("detail").asString()).contains("DONGCHENG").contains("D-TRANSPORT");
        assertThat(toCityBureau.status()).isEqualTo(409);
        assertThat(toCityBureau.json().path("title").asString()).isEqualTo("站点与部门不符");
        assertThat(HttpProbe.claims(cityHandler.freshToken()).path("site").isMissingNode()).isTrue();
        assertThat(HttpProbe.claims(districtSupervisor.freshToken()).path("department").isMissingNode()).isTrue();
        assertThat(auditActions(cityHandler.id())).isEmpty();
        assertThat(auditActions(districtSupervisor.id())).isEmpty();
    }

    @Test
    void an_unknown_site_is_a_not_found_problem_and_the_token_stays_as_it_was() {
        var supervisor = TestAccounts.supervisor();

        var response = http.put("/admin/staff/" + supervisor.id() + "/site", TestAccounts.admin().token(), """
                {"site":"NOWHERE"}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asString()).endsWith("/site-does-not-exist");
        assertThat(HttpProbe.claims(supervisor.freshToken()).path("site").isMissingNode()).isTrue();
    }

    private java.util.List<String> auditActions(String userId) {
        return jdbc.sql("select action from admin_audit_log where target_type = 'staff' and target_id = :id order by id")
                .param("id", userId).query(String.class).list();
    }
}
