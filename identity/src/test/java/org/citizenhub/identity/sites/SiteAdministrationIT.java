package org.citizenhub.identity.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.sites.SiteDirectory;
import org.citizenhub.sites.SiteDirectoryJson;
import org.citizenhub.sites.spring.HubSites;
import org.citizenhub.sites.spring.SitesProperties;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hub-wide administrators maintain the sites on the demo city; every change is logged and published. */
@HubIntegrationTest
class SiteAdministrationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HubSites hubSites;

    @Autowired
    SitesProperties sitesProperties;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    @Test
    void an_admin_opens_a_site_on_a_bureau_which_is_logged_and_published_as_a_higher_version_keyed_directory() {
        var admin = TestAccounts.admin();
        var department = department("D-GOV", "BUREAU");
        var code = siteCode();
        long before = hubSites.directory().version();
        try (var probe = KafkaProbe.subscribe(sitesProperties.topic())) {

            var response = http.post("/admin/sites", admin.token(), """
                    {"code":"%s","department":"%s","nameZh":"市数据局网站","nameEn":"Data Bureau",
                     "hosts":["%s.Demo-City.gov.cn"],"pathPrefix":"/%s","logoUrl":"https://www.demo-city.gov.cn/logo.png",
                     "contactZh":"人民路2号","contactEn":"2 Renmin Road","live":true}
                    """.formatted(code, department, code.toLowerCase(), code.toLowerCase()));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.header("Location")).endsWith("/admin/sites/" + code);
            assertThat(response.json().path("parent").asString()).isEqualTo("GOV");
            assertThat(response.json().path("hosts").get(0).asString())
                    .isEqualTo(code.toLowerCase() + ".demo-city.gov.cn");
            assertThat(response.json().path("includeChildren").asBoolean()).isFalse();
            assertThat(audited(code)).containsExactly("site.created");
            var record = probe.awaitRecord(r -> SitesProperties.KEY.equals(r.key()) && r.value().contains(code),
                    Duration.ofSeconds(30));
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("gov.hub.identity.site-directory.published.v1");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo("directory");
            SiteDirectory published = SiteDirectoryJson.read(record.value());
            assertThat(published.version()).isGreaterThan(before);
            assertThat(published.siteOf(department)).contains(code);
            assertThat(published.site(code).orElseThrow().parent()).isEqualTo("GOV");
        }
        assertThat(hubSites.directory().siteOf(department)).contains(code);
    }

    @Test
    void a_change_to_a_site_publishes_the_next_version_with_the_change() {
        var admin = TestAccounts.admin();
        var code = site(admin, department("D-GOV", "BUREAU"), false);
        long before = hubSites.directory().version();
        try (var probe = KafkaProbe.subscribe(sitesProperties.topic())) {

            var response = http.put("/admin/sites/" + code, admin.token(), """
                    {"nameZh":"改名网站","hosts":["a-%s.example.gov.cn","b-%s.example.gov.cn"],"pathPrefix":"/",
                     "live":true,"includeChildren":true}""".formatted(code.toLowerCase(), code.toLowerCase()));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("nameZh").asString()).isEqualTo("改名网站");
            assertThat(response.json().path("hosts")).hasSize(2);
            assertThat(audited(code)).containsExactly("site.created", "site.updated");
            var record = probe.awaitRecord(r -> r.value().contains(code) && SiteDirectoryJson.read(r.value())
                    .site(code).orElseThrow().nameZh().equals("改名网站"), Duration.ofSeconds(30));
            var published = SiteDirectoryJson.read(record.value());
            assertThat(published.version()).isEqualTo(before + 1);
            assertThat(published.site(code).orElseThrow().includeChildren()).isTrue();
            assertThat(published.byHost("b-" + code.toLowerCase() + ".example.gov.cn").orElseThrow().code())
                    .isEqualTo(code);
        }
    }

    @Test
    void every_change_to_a_department_publishes_a_new_version_placing_it_in_its_site() {
        var admin = TestAccounts.admin();
        var district = department("D-GOV", "DISTRICT");
        var code = site(admin, district, true);
        var office = department("D-GOV", "OFFICE");
        long before = hubSites.directory().version();
        assertThat(hubSites.directory().siteOf(office)).contains("GOV");

        var moved = http.put("/admin/departments/" + office, admin.token(), """
                {"nameZh":"区办公室","parent":"%s","kind":"OFFICE"}""".formatted(district));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(hubSites.directory().version()).isGreaterThan(before);
        assertThat(hubSites.directory().siteOf(office)).contains(code);
        long afterMove = hubSites.directory().version();
        assertThat(http.post("/admin/departments/" + office + "/deactivate", admin.token()).status()).isEqualTo(200);
        assertThat(hubSites.directory().version()).isEqualTo(afterMove + 1);
        assertThat(currentVersion()).isEqualTo(afterMove + 1);
    }

    @Test
    void removing_a_district_site_lets_its_departments_fall_to_the_city_site() {
        var admin = TestAccounts.admin();
        var district = department("D-GOV", "DISTRICT");
        var code = site(admin, district, true);
        var office = department(district, "OFFICE");
        assertThat(hubSites.directory().siteOf(office)).contains(code);

        var response = http.delete("/admin/sites/" + code, admin.token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(http.get("/admin/sites/" + code, admin.token()).status()).isEqualTo(404);
        assertThat(hubSites.directory().site(code)).isEmpty();
        assertThat(hubSites.directory().siteOf(office)).contains("GOV");
        assertThat(hubSites.directory().siteOf(district)).contains("GOV");
        assertThat(audited(code)).containsExactly("site.created", "site.removed");
    }

    @Test
    void the_city_site_of_the_root_government_cannot_be_removed_and_says_why_in_chinese_and_english() {
        var admin = TestAccounts.admin();
        long before = currentVersion();

        var zh = http.delete("/admin/sites/GOV", admin.token(), "zh-CN");
        var en = http.delete("/admin/sites/GOV", admin.token(), "en");

        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.json().path("type").asString()).isEqualTo("https://citizenhub.example/problems/root-site-cannot-be-removed");
        assertThat(zh.json().path("title").asString()).isEqualTo("不能删除根站点");
        assertThat(zh.json().path("detail").asString()).contains("GOV").contains("未开通");
        assertThat(en.json().path("title").asString()).isEqualTo("Root site cannot be removed");
        assertThat(en.json().path("detail").asString()).contains("\"GOV\"").contains("set it not live");
        assertThat(hubSites.directory().site("GOV")).isPresent();
        assertThat(currentVersion()).isEqualTo(before);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("an unknown department", "zh-CN", 400, "site-department-unknown", "部门不存在",
                        (Body) (code, department) -> newSite(code, "D-NOWHERE", "[]", "/", null)),
                arguments("a department that already runs a site", "en", 409, "department-already-runs-a-site",
                        "Department already runs a site",
                        (Body) (code, department) -> newSite(code, "D-DONGCHENG", "[]", "/", null)),
                arguments("a malformed code", "zh-CN", 400, "site-code-malformed", "站点代码格式有误",
                        (Body) (code, department) -> newSite("dong cheng", department, "[]", "/", null)),
                arguments("a code another site has", "en", 409, "site-code-taken", "Site code taken",
                        (Body) (code, department) -> newSite("XICHENG", department, "[]", "/", null)),
                arguments("a host with a scheme", "en", 400, "site-host-malformed", "Malformed host name",
                        (Body) (code, department) -> newSite(code, department, "[\"https://x.example.gov.cn\"]", "/",
                                null)),
                arguments("a host another site has", "zh-CN", 409, "site-host-taken", "域名已被使用",
                        (Body) (code, department) -> newSite(code, department, "[\"Dongcheng.Demo-City.gov.cn\"]", "/",
                                null)),
                arguments("a path prefix of two segments", "zh-CN", 400, "site-path-prefix-malformed", "路径前缀格式有误",
                        (Body) (code, department) -> newSite(code, department, "[]", "/a/b", null)),
                arguments("a path prefix another site has", "en", 409, "site-path-prefix-taken", "Path prefix taken",
                        (Body) (code, department) -> newSite(code, department, "[]", "/xicheng", null)),
                arguments("a logo that is not on the web", "zh-CN", 400, "site-logo-url-not-http", "标志地址无效",
                        (Body) (code, department) -> newSite(code, department, "[]", "/",
                                "javascript:alert(1)")));
    }

    interface Body {
        String of(String code, String department);
    }

    @ParameterizedTest(name = "{0} is refused with {3}")
    @MethodSource("refusals")
    void a_site_breaking_a_rule_is_refused_naming_the_rule_in_the_callers_language_and_nothing_changes(
            String what, String language, int status, String slug, String title, Body body) {
        var admin = TestAccounts.admin();
        var department = department("D-GOV", "BUREAU");
        var code = siteCode();
        var before = snapshot();

        var response = http.post("/admin/sites", admin.token(), body.of(code, department), language);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("https://citizenhub.example/problems/" + slug);
        assertThat(response.json().path("title").asString()).isEqualTo(title);
        assertThat(response.json().path("detail").asString()).isNotBlank();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_site_with_more_than_ten_hosts_is_a_validation_failure() {
        var hosts = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            hosts.append(i == 0 ? "" : ",").append("\"h").append(i).append(".example.gov.cn\"");
        }
        var response = http.post("/admin/sites", TestAccounts.admin().token(),
                newSite(siteCode(), department("D-GOV", "BUREAU"), hosts + "]", "/", null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).endsWith("/validation-failed");
    }

    @Test
    void a_site_administrator_and_a_site_supervisor_may_not_touch_the_sites_not_even_their_own() {
        assertRefusedEverywhere(TestAccounts.atSite("XICHENG", null, "site-admin"),
                TestAccounts.atSite("GOV", null, "supervisor"));
    }

    @Test
    void a_hub_supervisor_a_handler_and_a_citizen_may_not_touch_the_sites_nor_may_anyone_without_a_token() {
        assertRefusedEverywhere(TestAccounts.supervisor(), TestAccounts.handler("D-XICHENG-OFFICE"),
                TestAccounts.citizen());
        assertThat(http.get("/admin/sites", null).status()).isEqualTo(401);
    }

    @Test
    void a_site_administrator_changes_how_their_own_site_presents_itself_and_nothing_of_another_site() {
        var admin = TestAccounts.admin();
        var code = site(admin, department("D-GOV", "BUREAU"), false);
        var own = TestAccounts.atSite(code, null, "site-admin");
        var before = http.get("/admin/sites/" + code, admin.token()).json();

        var changed = http.put("/admin/sites/" + code + "/presentation", own.token(), """
                {"nameZh":"新名字网站","nameEn":"New name","logoUrl":"https://img.example.gov.cn/logo.png",
                 "contactZh":"电话 0999-1","contactEn":"tel. 0999-1"}""");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("nameZh").asString()).isEqualTo("新名字网站");
        assertThat(changed.json().path("logoUrl").asString()).isEqualTo("https://img.example.gov.cn/logo.png");
        assertThat(changed.json().path("hosts")).isEqualTo(before.path("hosts"));
        assertThat(changed.json().path("live").asBoolean()).isEqualTo(before.path("live").asBoolean());
        assertThat(audited(code)).containsExactly("site.created", "site.updated");

        var other = http.put("/admin/sites/XICHENG/presentation", own.token(), """
                {"nameZh":"冒名"}""");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("type").asString()).endsWith("/outside-site");
        assertThat(http.put("/admin/sites/" + code + "/presentation",
                TestAccounts.atSite(code, null, "supervisor").token(), """
                {"nameZh":"冒名"}""").status()).isEqualTo(403);
        assertThat(http.get("/admin/sites/XICHENG", admin.token()).json().path("nameZh").asString())
                .isNotEqualTo("冒名");
    }

    private void assertRefusedEverywhere(TestAccounts.Account... accounts) {
        var department = department("D-GOV", "BUREAU");
        var before = snapshot();
        for (var account : accounts) {

            var list = http.get("/admin/sites", account.token());
            var create = http.post("/admin/sites", account.token(), newSite(siteCode(), department, "[]", "/", null));
            var change = http.put("/admin/sites/XICHENG", account.token(), """
                    {"nameZh":"冒名","live":false,"includeChildren":false}""");
            var remove = http.delete("/admin/sites/XICHENG", account.token());

            assertThat(List.of(list.status(), create.status(), change.status(), remove.status()))
                    .as(account.toString()).containsOnly(403);
            assertThat(create.json().path("type").asString()).endsWith("/forbidden");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_admin_lists_every_site_with_its_place_in_the_tree() {
        var response = http.get("/admin/sites", TestAccounts.admin().token());

        assertThat(response.status()).isEqualTo(200);
        var dongcheng = find(response, "DONGCHENG");
        assertThat(dongcheng.path("department").asString()).isEqualTo("D-DONGCHENG");
        assertThat(dongcheng.path("parent").asString()).isEqualTo("GOV");
        assertThat(dongcheng.path("pathPrefix").asString()).isEqualTo("/dongcheng");
        assertThat(find(response, "GOV").path("parent").isNull()).isTrue();
        assertThat(http.get("/admin/sites/dongcheng", TestAccounts.admin().token()).status()).isEqualTo(404);
        assertThat(http.get("/admin/sites/DONGCHENG", TestAccounts.admin().token()).json().path("nameZh").asString())
                .isEqualTo("东城区人民政府网站");
    }

    /** What a refused change must leave as it was: the sites, their hosts, the log and the version. */
    private List<Object> snapshot() {
        return List.of(
                jdbc.sql("select code || ':' || version from site order by code").query(String.class).list(),
                jdbc.sql("select host || ':' || site_code from site_host order by host").query(String.class).list(),
                jdbc.sql("select count(*) from admin_audit_log where target_type = 'site'").query(Long.class).single(),
                currentVersion());
    }

    private long currentVersion() {
        return jdbc.sql("select version from site_directory_version").query(Long.class).single();
    }

    private List<String> audited(String code) {
        return jdbc.sql("select action from admin_audit_log where target_type = 'site' and target_id = :code order by id")
                .param("code", code).query(String.class).list();
    }

    private static tools.jackson.databind.JsonNode find(HttpProbe.Response response, String code) {
        for (var node : response.json()) {
            if (code.equals(node.path("code").asString())) {
                return node;
            }
        }
        throw new AssertionError(code + " not listed");
    }

    /** A new department under {@code parent}, through the admin API. */
    private String department(String parent, String kind) {
        var code = "D-" + siteCode();
        var response = http.post("/admin/departments", TestAccounts.admin().token(), """
                {"code":"%s","nameZh":"测试单位","parent":"%s","kind":"%s"}""".formatted(code, parent, kind));
        assertThat(response.status()).isEqualTo(201);
        return code;
    }

    private String site(TestAccounts.Account admin, String department, boolean live) {
        var code = siteCode();
        var response = http.post("/admin/sites", admin.token(), """
                {"code":"%s","department":"%s","nameZh":"测试网站","live":%s}""".formatted(code, department, live));
        assertThat(response.status()).isEqualTo(201);
        return code;
    }

    static String newSite(String code, String department, String hosts, String pathPrefix, String logoUrl) {
        return """
                {"code":"%s","department":"%s","nameZh":"测试网站","hosts":%s,"pathPrefix":"%s","logoUrl":%s}
                """.formatted(code, department, hosts, pathPrefix, logoUrl == null ? "null" : "\"" + logoUrl + "\"");
    }

    static String siteCode() {
        return "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
