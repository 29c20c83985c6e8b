package org.citizenhub.identity.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A brand-new hub (production migrations on an empty database, no department yet): the first government created
 * through the admin API runs a site at once (policy every-root-department-runs-a-site), so no department is ever
 * without a site.
 */
@Import(FreshDatabase.class)
@HubIntegrationTest(properties = {"hub.identity.demo-data=false", "hub.test.database=identity_new_hub",
        "spring.flyway.clean-disabled=false"})
class FirstGovernmentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HubSites hubSites;

    @Test
    void the_first_government_of_a_new_hub_runs_the_root_site_named_after_it_which_answers_the_public_side() {
        var http = new HttpProbe(port);
        assertThat(hubSites.directory().isLoaded()).isTrue();
        assertThat(http.get("/public/sites", null).json()).isEmpty();
        assertThat(http.get("/public/sites/current", null).json().path("type").asString()).endsWith("/site-required");

        var created = http.post("/admin/departments", TestAccounts.admin().token(), """
                {"code":"D-CITY","nameZh":"某市人民政府","nameEn":"City Government","kind":"GOVERNMENT"}""");
        var office = http.post("/admin/departments", TestAccounts.admin().token(), """
                {"code":"D-CITY-OFFICE","nameZh":"市政府办公室","parent":"D-CITY","kind":"OFFICE"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(office.status()).isEqualTo(201);
        var site = hubSites.directory().site("CITY").orElseThrow();
        assertThat(site.department()).isEqualTo("D-CITY");
        assertThat(site.isRoot()).isTrue();
        assertThat(site.live()).isTrue();
        assertThat(site.nameZh()).isEqualTo("某市人民政府");
        assertThat(hubSites.directory().siteOf("D-CITY-OFFICE")).contains("CITY");
        assertThat(http.get("/public/sites/current", null).json().path("site").path("code").asString())
                .isEqualTo("CITY");
        assertThat(jdbc.sql("select details->>'policy' from admin_audit_log where action = 'site.created' and target_id = 'CITY'")
                .query(String.class).single()).isEqualTo("every-root-department-runs-a-site");
    }
}
