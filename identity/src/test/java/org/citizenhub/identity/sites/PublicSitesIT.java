package org.citizenhub.identity.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A portal asks, without a token, which sites there are and which site a host name or ?site= answers for. */
@HubIntegrationTest
class PublicSitesIT {

    @LocalServerPort
    int port;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    @Test
    void anyone_lists_the_live_sites_with_their_place_hosts_and_contact_in_both_languages() {
        var response = http.get("/public/sites", null);

        assertThat(response.status()).isEqualTo(200);
        var city = find(response.json(), "GOV");
        assertThat(city.path("name").asString()).isEqualTo("演示市人民政府门户网站");
        assertThat(city.path("parent").isNull()).isTrue();
        assertThat(texts(city.path("children"))).contains("DONGCHENG", "XICHENG");
        assertThat(texts(city.path("hosts"))).containsExactly("www.demo-city.gov.cn", "localhost", "127.0.0.1");
        var dongcheng = find(response.json(), "DONGCHENG");
        assertThat(dongcheng.path("parent").asString()).isEqualTo("GOV");
        assertThat(dongcheng.path("pathPrefix").asString()).isEqualTo("/dongcheng");
        assertThat(dongcheng.path("names").path("en").asString()).isEqualTo("Dongcheng District Government");
        assertThat(dongcheng.path("contacts").path("zh").asString()).isEqualTo("东城区东大街8号 电话 0999-22345000");
        assertThat(dongcheng.path("contacts").path("en").asString())
                .isEqualTo("8 East Street, Dongcheng, tel. 0999-22345000");
        assertThat(http.get("/public/sites", null, "en").json()).anySatisfy(site ->
                assertThat(site.path("name").asString()).isEqualTo("Xicheng District Government"));
    }

    @Test
    void a_site_that_is_not_live_is_neither_listed_nor_selectable() {
        var admin = TestAccounts.admin();
        var department = "D-" + SiteAdministrationIT.siteCode();
        http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"筹备中的区","parent":"D-GOV","kind":"DISTRICT"}""".formatted(department));
        var code = SiteAdministrationIT.siteCode();
        assertThat(http.post("/admin/sites", admin.token(), """
                {"code":"%s","department":"%s","nameZh":"筹备中的网站","live":false}""".formatted(code, department))
                .status()).isEqualTo(201);

        assertThat(texts(http.get("/public/sites", null).json(), "code")).doesNotContain(code);
        var selected = http.get("/public/sites/current?site=" + code, null);
        assertThat(selected.status()).isEqualTo(404);
        assertThat(selected.json().path("type").asString()).endsWith("/site-not-found");
    }

    @Test
    void the_site_parameter_chooses_the_site_case_insensitively_with_its_own_children_setting() {
        var response = http.get("/public/sites/current?site=dongcheng", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("site").path("code").asString()).isEqualTo("DONGCHENG");
        assertThat(response.json().path("includeChildren").asBoolean()).isFalse();
        assertThat(texts(response.json().path("sites"))).containsExactly("DONGCHENG");
    }

    @Test
    void the_city_site_with_its_children_holds_both_districts() {
        var response = http.get("/public/sites/current?site=GOV&includeChildren=true", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("includeChildren").asBoolean()).isTrue();
        assertThat(texts(response.json().path("sites"))).contains("GOV", "DONGCHENG", "XICHENG");
    }

    @Test
    void the_host_name_the_citizen_used_chooses_the_site_when_no_site_is_named() {
        var xicheng = http.get("/public/sites/current", null, Map.of("X-Forwarded-Host", "XiCheng.demo-city.gov.cn"));
        var city = http.get("/public/sites/current", null, Map.of("X-Forwarded-Host", "www.demo-city.gov.cn"));
        var named = http.get("/public/sites/current?site=DONGCHENG", null,
                Map.of("X-Forwarded-Host", "xicheng.demo-city.gov.cn"));

        assertThat(xicheng.json().path("site").path("code").asString()).isEqualTo("XICHENG");
        assertThat(xicheng.json().path("site").path("contact").asString()).isEqualTo("西城区西大街6号 电话 0999-32345000");
        assertThat(city.json().path("site").path("code").asString()).isEqualTo("GOV");
        assertThat(named.json().path("site").path("code").asString()).isEqualTo("DONGCHENG");
    }

    @Test
    void an_unknown_site_is_a_not_found_problem_and_a_bad_children_switch_a_bad_request() {
        var unknown = http.get("/public/sites/current?site=NOWHERE", null, "en");
        var bad = http.get("/public/sites/current?site=GOV&includeChildren=maybe", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("type").asString()).endsWith("/site-not-found");
        assertThat(unknown.json().path("detail").asString()).contains("NOWHERE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("type").asString()).endsWith("/invalid-include-children");
    }

    private static JsonNode find(JsonNode sites, String code) {
        for (var site : sites) {
            if (code.equals(site.path("code").asString())) {
                return site;
            }
        }
        throw new AssertionError(code + " not listed in " + sites);
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        var texts = new ArrayList<String>();
        array.forEach(n -> texts.add(n.path(field).asString()));
        return texts;
    }
}
