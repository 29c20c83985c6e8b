package org.citizenhub.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.mailbox.letter.LetterSubmitted;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Sites (集约化) in the mailbox, with the demo city (GOV with the districts DONGCHENG and XICHENG, platform/sites
 * DemoSites) over HTTP with real Keycloak tokens, PostgreSQL and Kafka: two districts that never see each other's
 * letters in any role, site administrators kept to their own site, the city's supervisor over both districts, a
 * mayor's letter transferred to a district and answered there, public lists per site with and without children.
 *
 * <p>One shared setup: a letter in review in each district, due soon (so that it is in the supervisors' queues).
 */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitesIT {

    private static final String JSON = "application/json";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DONGCHENG = "DONGCHENG";
    private static final String XICHENG = "XICHENG";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    MailboxApi api;

    /** One district's people; every one of them is a real Keycloak user with the district in the site claim. */
    record District(String site, String mailbox, Account citizen, Account office, Account handler, String department,
                    Account reviewer, Account supervisor, Account siteAdmin) {

        static District of(String site, String department) {
            return new District(site, site, TestAccounts.citizen(),
                    TestAccounts.atSite(site, "D-" + site + "-OFFICE", "handler"),
                    TestAccounts.atSite(site, department, "handler"), department,
                    TestAccounts.atSite(site, null, "reviewer"), TestAccounts.atSite(site, null, "supervisor"),
                    TestAccounts.atSite(site, null, "site-admin"));
        }
    }

    District dongcheng;
    District xicheng;
    /** A letter in review in each district, due soon. */
    String dongchengLetter;
    String xichengLetter;

    @BeforeAll
    void twoDistrictsEachWithALetterInReview() {
        api = new MailboxApi(port);
        dongcheng = District.of(DONGCHENG, "D-DONGCHENG-EDUCATION");
        xicheng = District.of(XICHENG, "D-XICHENG-HOUSING");
        // the demo routing rules: 学校 → the district's education department, 住房 → its housing department
        dongchengLetter = inReview(dongcheng, "学校门口交通拥堵", "每天放学时学校门口车辆拥堵。");
        xichengLetter = inReview(xicheng, "老旧小区住房维修", "小区住房外墙脱落，请安排维修。");
        jdbc.sql("update letter set deadline_due_soon_at = now() - interval '1 hour' where tracking_number in (?, ?)")
                .params(dongchengLetter, xichengLetter).update();
    }

    @Test
    void the_two_districts_never_see_each_others_letters_in_any_role() {
        for (var pair : List.of(List.of(dongcheng, xicheng), List.of(xicheng, dongcheng))) {
            District own = pair.get(0);
            District other = pair.get(1);
            String ownLetter = own == dongcheng ? dongchengLetter : xichengLetter;
            String otherLetter = own == dongcheng ? xichengLetter : dongchengLetter;

            for (Account staff : List.of(own.office(), own.handler(), own.reviewer(), own.supervisor())) {
                assertThat(api.get("/handling/letters/" + ownLetter, staff.bearer()).status()).as(staff.toString())
                        .isEqualTo(200);
                var read = api.get("/handling/letters/" + otherLetter, staff.bearer());
                assertThat(read.status()).as(staff.toString()).isEqualTo(404);
                assertThat(read.json().get("type").asString()).endsWith("/letter-not-found");
                assertThat(api.get("/handling/letters/" + otherLetter + "/attachments", staff.bearer()).status())
                        .isEqualTo(404);
            }
            assertThat(api.get("/workbench/office?size=200", own.office().bearer()).body()).doesNotContain(otherLetter);
            assertThat(api.get("/workbench/department?size=200", own.handler().bearer()).body())
                    .contains(ownLetter).doesNotContain(otherLetter);
            assertThat(step(own.handler(), otherLetter, "reply", Map.of("text", "越权答复")).status()).isEqualTo(404);
            assertThat(api.get("/workbench/review?size=200", own.reviewer().bearer()).body())
                    .contains(ownLetter).doesNotContain(otherLetter);
            assertThat(api.get("/handling/letters/" + otherLetter + "/publication-preview", own.reviewer().bearer())
                    .status()).isEqualTo(404);
            assertThat(step(own.reviewer(), otherLetter, "review", Map.of("approve", true)).status()).isEqualTo(404);
            assertThat(api.get("/workbench/supervision?size=200", own.supervisor().bearer()).body())
                    .contains(ownLetter).doesNotContain(otherLetter);
            assertThat(step(own.supervisor(), otherLetter, "extension-decision", Map.of("approve", true)).status())
                    .isEqualTo(404);
            // a site administrator configures mailboxes, reads no letters, and lists only their own site's mailboxes
            assertThat(api.get("/handling/letters/" + ownLetter, own.siteAdmin().bearer()).status()).isEqualTo(403);
            assertThat(codes(api.get("/admin/mailboxes", own.siteAdmin().bearer()).json()))
                    .contains(own.mailbox()).doesNotContain(other.mailbox(), "MAYOR");
            assertThat(api.get("/letters/" + otherLetter, own.citizen().bearer()).status()).isEqualTo(404);
            assertThat(api.get("/letters", own.citizen().bearer()).body()).contains(ownLetter)
                    .doesNotContain(otherLetter);
        }
        assertThat(status(dongchengLetter)).isEqualTo("IN_REVIEW");
        assertThat(status(xichengLetter)).isEqualTo("IN_REVIEW");
    }

    @Test
    void the_citys_supervisor_sees_both_districts_letters_and_their_urgent_ones() {
        var city = TestAccounts.atSite("GOV", null, "supervisor");

        assertThat(api.get("/handling/letters/" + dongchengLetter, city.bearer()).status()).isEqualTo(200);
        assertThat(api.get("/handling/letters/" + xichengLetter, city.bearer()).status()).isEqualTo(200);
        var queue = api.get("/workbench/supervision?size=200", city.bearer()).json();
        assertThat(queue.valueStream().filter(item -> List.of(dongchengLetter, xichengLetter)
                        .contains(item.get("trackingNumber").asString()))
                .map(item -> item.get("handlingSite").asString())).containsExactlyInAnyOrder(DONGCHENG, XICHENG);
        var view = api.get("/handling/letters/" + dongchengLetter, city.bearer()).json();
        assertThat(view.get("site").asString()).isEqualTo(DONGCHENG);
        assertThat(view.get("handlingSite").asString()).isEqualTo(DONGCHENG);
    }

    @Test
    void a_site_administrator_manages_their_own_sites_mailboxes_and_is_refused_anything_of_another_site() {
        var admin = dongcheng.siteAdmin();
        String code = "DC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        var created = api.post("/admin/mailboxes", admin.bearer(), JSON,
                json(Map.of("code", code, "settings", settings("D-DONGCHENG-EDUCATION"))));
        var routed = api.put("/admin/mailboxes/" + code + "/routing-rules", admin.bearer(), JSON,
                json(List.of(Map.of("keyword", "学校", "department", "D-DONGCHENG-EDUCATION", "priority", 10))));
        var revised = api.put("/admin/mailboxes/" + code, admin.bearer(), JSON, json(settings("D-DONGCHENG-OFFICE")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(codes(api.get("/admin/mailboxes", admin.bearer()).json())).contains(code, DONGCHENG);
        assertThat(jdbc.sql("""
                select action || ' ' || coalesce(details->>'site', details->>'toSite', '-') from admin_audit_log
                 where target_id = ? order by id""").param(code).query(String.class).list())
                .containsExactly("mailbox.created DONGCHENG", "mailbox.routing-replaced -",
                        "mailbox.revised DONGCHENG", "mailbox.office-changed DONGCHENG");

        long logged = jdbc.sql("select count(*) from admin_audit_log").query(Long.class).single();
        var zh = api.put("/admin/mailboxes/" + XICHENG, admin.bearer(), JSON, json(settings("D-XICHENG-OFFICE")),
                "Accept-Language", "zh-CN");
        var en = api.put("/admin/mailboxes/" + XICHENG + "/routing-rules", admin.bearer(), JSON,
                json(List.of(Map.of("department", "D-XICHENG-HOUSING", "priority", 1))), "Accept-Language", "en");
        var movedAway = api.put("/admin/mailboxes/" + code, admin.bearer(), JSON, json(settings("D-XICHENG-OFFICE")));
        var cityOwner = api.post("/admin/mailboxes", admin.bearer(), JSON,
                json(Map.of("code", code + "-GOV", "settings", settings("D-GOV-OFFICE"))));
        var unknownOwner = api.post("/admin/mailboxes", admin.bearer(), JSON,
                json(Map.of("code", code + "-X", "settings", settings("D-NOWHERE"))));
        var mayor = api.put("/admin/mailboxes/MAYOR/routing-rules", admin.bearer(), JSON, json(List.of()));

        assertThat(zh.status()).isEqualTo(403);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.json().get("type").asString()).endsWith("/outside-site");
        assertThat(zh.json().get("detail").asString()).contains("站点管理员只能管理本站点");
        assertThat(en.status()).isEqualTo(403);
        assertThat(en.json().get("type").asString()).endsWith("/outside-site");
        assertThat(en.json().get("detail").asString()).contains("site administrator manages");
        for (var refused : List.of(movedAway, cityOwner, unknownOwner, mayor)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().get("type").asString()).endsWith("/outside-site");
        }
        assertThat(jdbc.sql("select owner_department from mailbox where code in (?, ?) order by code")
                .params(code, XICHENG).query(String.class).list())
                .containsExactly("D-DONGCHENG-OFFICE", "D-XICHENG-OFFICE");
        assertThat(jdbc.sql("select count(*) from mailbox where code like ?").param(code + "-%").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from routing_rule where mailbox_code = 'XICHENG'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from admin_audit_log").query(Long.class).single()).isEqualTo(logged);
        // the hub-wide administrator keeps every site
        assertThat(codes(api.get("/admin/mailboxes", TestAccounts.admin().bearer()).json()))
                .contains(code, DONGCHENG, XICHENG, "MAYOR");
    }

    @Test
    void a_mayors_letter_transferred_to_a_district_is_answered_there_with_one_tracking_number_history_and_both_sites() {
        var cityOffice = TestAccounts.atSite("GOV", "D-GOV-OFFICE", "handler");
        var cityEducation = TestAccounts.handler("D-EDUCATION");
        var mayorsReviewer = TestAccounts.withRoles("D-GOV-OFFICE", "reviewer");
        try (var probe = KafkaProbe.subscribe(LetterSubmitted.TOPIC)) {
            String tn = submit(TestAccounts.citizen(), "MAYOR", "东城区学校食堂卫生", "东城区某小学食堂卫生条件差。");
            String letterId = jdbc.sql("select cast(id as text) from letter where tracking_number = ?").param(tn)
                    .query(String.class).single();
            assertThat(step(cityOffice, tn, "acceptance", Map.of()).status()).isEqualTo(200);
            assertThat(step(cityOffice, tn, "assignment", Map.of("department", "D-EDUCATION")).status())
                    .isEqualTo(200);

            var transferred = step(cityOffice, tn, "transfer",
                    Map.of("department", "D-DONGCHENG-EDUCATION", "reason", "属东城区教育局职责"));

            assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
            assertThat(transferred.json().get("site").asString()).isEqualTo("GOV");
            assertThat(transferred.json().get("handlingSite").asString()).isEqualTo(DONGCHENG);
            assertThat(api.get("/handling/letters/" + tn, cityEducation.bearer()).status()).isEqualTo(404);
            assertThat(api.get("/workbench/department", dongcheng.handler().bearer()).body()).contains(tn);
            assertThat(api.get("/handling/letters/" + tn, dongcheng.supervisor().bearer()).status()).isEqualTo(200);
            assertThat(api.get("/handling/letters/" + tn, xicheng.supervisor().bearer()).status()).isEqualTo(404);
            assertThat(api.get("/handling/letters/" + tn, cityOffice.bearer()).status()).isEqualTo(200);

            assertThat(step(dongcheng.handler(), tn, "reply", Map.of("text", "已责成学校整改食堂卫生。")).status())
                    .isEqualTo(200);
            assertThat(step(xicheng.reviewer(), tn, "review", Map.of("approve", true)).status()).isEqualTo(404);
            var approved = step(mayorsReviewer, tn, "review", Map.of("approve", true, "allowPublication", true));

            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.json().get("trackingNumber").asString()).isEqualTo(tn);
            assertThat(approved.json().get("reply").get("department").asString()).isEqualTo("D-DONGCHENG-EDUCATION");
            assertThat(jdbc.sql("select action from letter_history where letter_id = cast(? as uuid) order by id")
                    .param(letterId).query(String.class).list())
                    .containsExactly("SUBMITTED", "ACCEPTED", "ASSIGNED", "TRANSFERRED", "REPLY_DRAFTED", "REPLIED",
                            "PUBLISHED");
            JsonNode submitted = event(probe, letterId, "submitted");
            assertThat(submitted.get("site").asString()).isEqualTo("GOV");
            assertThat(submitted.get("handlingSite").isNull()).isTrue();
            JsonNode assigned = event(probe, letterId, "assigned");
            assertThat(assigned.get("handlingSite").asString()).isEqualTo("GOV");
            for (String event : List.of("transferred", "replied")) {
                JsonNode data = event(probe, letterId, event);
                assertThat(data.get("site").asString()).as(event).isEqualTo("GOV");
                assertThat(data.get("handlingSite").asString()).as(event).isEqualTo(DONGCHENG);
            }
            // published as the city's letter (its site is its mailbox office's), not as the district's
            assertThat(api.get("/public/published-letters/" + tn, null).json().get("handlingSite").asString())
                    .isEqualTo(DONGCHENG);
            assertThat(api.get("/public/published-letters/" + tn + "?site=dongcheng", null).status()).isEqualTo(404);
        }
    }

    @Test
    void public_lists_answer_for_one_site_by_parameter_or_host_and_include_the_children_on_request() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        var cityBefore = bySite(api.get("/public/statistics/" + month + "?includeChildren=true", null).json());
        String published = inReview(dongcheng, "学校周边路灯", "学校周边路灯不亮。");
        var approved = step(dongcheng.reviewer(), published, "review", Map.of("approve", true, "allowPublication", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        assertThat(codes(api.get("/public/mailboxes?site=dongcheng", null).json()))
                .contains(DONGCHENG).doesNotContain(XICHENG, "MAYOR");
        assertThat(codes(api.get("/public/mailboxes", null, "X-Forwarded-Host", "xicheng.demo-city.gov.cn").json()))
                .contains(XICHENG).doesNotContain(DONGCHENG, "MAYOR");
        // the demo bureau mailbox D-ENVIRONMENT is owned by the directory's D-ECOLOGY: a city mailbox
        assertThat(codes(api.get("/public/mailboxes", null).json())).contains("MAYOR", "D-ENVIRONMENT")
                .doesNotContain(DONGCHENG, XICHENG);
        assertThat(codes(api.get("/public/mailboxes?includeChildren=true", null).json()))
                .contains("MAYOR", "D-ENVIRONMENT", DONGCHENG, XICHENG);
        var unknown = api.get("/public/mailboxes?site=NOWHERE", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/site-not-found");

        assertThat(api.get("/public/published-letters?size=100&site=DONGCHENG", null).body()).contains(published);
        assertThat(api.get("/public/published-letters?size=100&site=XICHENG", null).body()).doesNotContain(published);
        assertThat(api.get("/public/published-letters?size=100", null).body()).doesNotContain(published);
        assertThat(api.get("/public/published-letters?size=100&includeChildren=true", null).body())
                .contains(published);
        var detail = api.get("/public/published-letters/" + published + "?site=DONGCHENG", null);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().get("site").asString()).isEqualTo(DONGCHENG);
        assertThat(api.get("/public/published-letters/" + published + "?site=XICHENG", null).status()).isEqualTo(404);
        assertThat(api.get("/public/published-letters/" + published, null).status()).isEqualTo(404);

        var district = api.get("/public/statistics/" + month + "?site=DONGCHENG", null).json();
        assertThat(district.get("site").asString()).isEqualTo(DONGCHENG);
        assertThat(keys(district.get("byMailbox"))).contains(DONGCHENG).doesNotContain("MAYOR", XICHENG);
        assertThat(keys(district.get("byDepartment"))).contains("D-DONGCHENG-EDUCATION")
                .doesNotContain("D-XICHENG-HOUSING", "D-TRANSPORT");
        assertThat(bySite(district).keySet()).containsExactly(DONGCHENG);
        var cityAlone = api.get("/public/statistics/" + month, null).json();
        assertThat(cityAlone.get("includeChildren").asBoolean()).isFalse();
        assertThat(bySite(cityAlone).keySet()).containsExactly("GOV");
        assertThat(keys(cityAlone.get("byMailbox"))).doesNotContain(DONGCHENG, XICHENG);

        var cityAfter = bySite(api.get("/public/statistics/" + month + "?includeChildren=true", null).json());
        assertThat(cityAfter.keySet()).containsExactly("GOV", DONGCHENG, XICHENG);
        JsonNode dongchengFigures = cityAfter.get(DONGCHENG);
        assertThat(dongchengFigures.get("nameZh").asString()).isEqualTo("东城区人民政府网站");
        assertThat(dongchengFigures.get("received").asLong())
                .isEqualTo(cityBefore.get(DONGCHENG).get("received").asLong() + 1);
        assertThat(dongchengFigures.get("replied").asLong())
                .isEqualTo(cityBefore.get(DONGCHENG).get("replied").asLong() + 1);
        assertThat(dongchengFigures.get("repliedOnTime").asLong())
                .isEqualTo(cityBefore.get(DONGCHENG).get("repliedOnTime").asLong() + 1);
        assertThat(dongchengFigures.get("onTimeRate").asDouble()).isBetween(0.1, 100.0);
        assertThat(cityAfter.get(XICHENG).get("replied").asLong())
                .isEqualTo(cityBefore.get(XICHENG).get("replied").asLong());
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A letter to the district's mailbox, accepted, routed by the demo rule and replied to by the department. */
    private String inReview(District district, String title, String body) {
        String tn = submit(district.citizen(), district.mailbox(), title, body);
        assertThat(step(district.office(), tn, "acceptance", Map.of()).status()).isEqualTo(200);
        var assigned = step(district.office(), tn, "assignment", Map.of());
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("department").asString()).isEqualTo(district.department());
        assertThat(step(district.handler(), tn, "reply", Map.of("text", "已处理，谢谢您的来信。")).status())
                .isEqualTo(200);
        return tn;
    }

    private String submit(Account citizen, String mailbox, String title, String body) {
        var letter = letter(mailbox, "SUGGESTION", title, body);
        letter.put("agreesToPublication", true);
        var response = api.post("/letters", citizen.bearer(), JSON, json(letter));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("trackingNumber").asString();
    }

    private MailboxApi.Response step(Account actor, String tn, String step, Map<String, Object> body) {
        return api.post("/handling/letters/" + tn + "/" + step, actor.bearer(), JSON, json(body));
    }

    private String status(String tn) {
        return jdbc.sql("select status from letter where tracking_number = ?").param(tn).query(String.class).single();
    }

    private static JsonNode event(KafkaProbe probe, String letterId, String event) {
        var record = probe.awaitRecord(r -> r.value().contains(letterId)
                && ("gov.hub.mailbox.letter." + event + ".v1").equals(KafkaProbe.header(r, "ce_type")), PATIENCE);
        return MailboxApi.parse(record.value());
    }

    private static Map<String, Object> settings(String ownerDepartment) {
        return Map.of("nameZh", "东城区教育局局长信箱", "nameEn", "Dongcheng Education Bureau mailbox",
                "ownerDepartment", ownerDepartment, "open", false, "replyWorkingDays", 15, "dueSoonWorkingDays", 3);
    }

    /** The mailbox codes of a list, whether public ({@code code}) or the admin's ({@code mailbox.code}). */
    private static List<String> codes(JsonNode list) {
        return list.valueStream().map(m -> m.has("mailbox") ? m.get("mailbox").get("code").asString()
                : m.get("code").asString()).toList();
    }

    private static List<String> keys(JsonNode figures) {
        return figures.valueStream().map(f -> f.get("key").asString()).toList();
    }

    private static Map<String, JsonNode> bySite(JsonNode month) {
        var sites = new LinkedHashMap<String, JsonNode>();
        month.get("bySite").forEach(s -> sites.put(s.get("site").asString(), s));
        return sites;
    }
}
