package org.citizenhub.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.consultation.cases.CaseHandled;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Sites (集约化) on the real servers with real Keycloak tokens: the demo city GOV (its cases screened by the hub-wide
 * centre, D-12345 in the tests) with the districts DONGCHENG and XICHENG, each screened by its own office (db/demo).
 * Two districts never see each other's cases, for every role; a city case handled in a district keeps its number and
 * history and its events carry both sites; the public lists answer per site, with and without the districts.
 */
class SitesIT extends PublicDataIT {

    private static final String DONGCHENG = "?site=DONGCHENG";

    @Autowired
    JdbcClient jdbc;

    /** Created once for the class (Keycloak users), on first use. */
    private static final Map<String, Account> ACCOUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Account atSite(String site, String department, String role) {
        return ACCOUNTS.computeIfAbsent(site + "/" + department + "/" + role,
                k -> TestAccounts.atSite(site, department, role));
    }

    private static Account handlerOf(String department) {
        return ACCOUNTS.computeIfAbsent(department, TestAccounts::handler);
    }

    private static Account dongchengOffice() {
        return atSite("DONGCHENG", "D-DONGCHENG-OFFICE", "handler");
    }

    private static Account xichengOffice() {
        return atSite("XICHENG", "D-XICHENG-OFFICE", "handler");
    }

    private static Account dongchengEducation() {
        return handlerOf("D-DONGCHENG-EDUCATION");
    }

    private static Account xichengHousing() {
        return handlerOf("D-XICHENG-HOUSING");
    }

    private static Account dongchengReviewer() {
        return atSite("DONGCHENG", null, "reviewer");
    }

    private static Account xichengReviewer() {
        return atSite("XICHENG", null, "reviewer");
    }

    private static Account dongchengSupervisor() {
        return atSite("DONGCHENG", null, "supervisor");
    }

    private static Account xichengSupervisor() {
        return atSite("XICHENG", null, "supervisor");
    }

    private static Account citySupervisor() {
        return atSite("GOV", null, "supervisor");
    }

    private static Account dongchengAdmin() {
        return atSite("DONGCHENG", null, "site-admin");
    }

    private static Account xichengAdmin() {
        return atSite("XICHENG", null, "site-admin");
    }

    @Test
    void two_districts_never_see_each_others_cases_whatever_the_role() {
        var citizen = TestAccounts.citizen();
        var otherCitizen = TestAccounts.citizen();
        // one case per district: by the site parameter, and by the host name the gateway forwards
        String east = submitOn(citizen, DONGCHENG, publicCase("CONSULTATION", "GENERAL", "东城入学咨询", "东城区入学政策。"));
        var westResponse = post("/cases", citizen, publicCase("CONSULTATION", "GENERAL", "西城租房咨询", "西城区租房补贴。"),
                "X-Forwarded-Host", "xicheng.demo-city.gov.cn");
        String west = expect(westResponse, 201).json().get("trackingNumber").asString();

        // each district's own dispatch centre screens its own cases only; the hub-wide centre sees neither
        assertThat(expect(get("/handling/cases/" + east, dongchengOffice()), 200).json().get("site").asString())
                .isEqualTo("DONGCHENG");
        assertThat(get("/handling/cases/" + west, xichengOffice()).json().get("dispatchCentre").asString())
                .isEqualTo("D-XICHENG-OFFICE");
        assertThat(get("/workbench/screening", dongchengOffice()).body()).contains(east).doesNotContain(west);
        assertThat(get("/workbench/screening", xichengOffice()).body()).contains(west).doesNotContain(east);
        assertThat(get("/workbench/screening", dispatcher).body()).doesNotContain(east).doesNotContain(west);
        expect(get("/handling/cases/" + west, dongchengOffice()), 404);
        expect(step(dongchengOffice(), west, "acceptance", Map.of()), 404);
        expect(step(xichengOffice(), east, "acceptance", Map.of()), 404);
        expect(step(dispatcher, east, "acceptance", Map.of()), 404);

        // screened and dispatched to a department of the district, answered there
        expect(step(dongchengOffice(), east, "acceptance", Map.of()), 200);
        expect(step(dongchengOffice(), east, "dispatch", Map.of("lead", "D-DONGCHENG-EDUCATION")), 200);
        expect(step(xichengOffice(), west, "acceptance", Map.of()), 200);
        expect(step(xichengOffice(), west, "dispatch", Map.of("lead", "D-XICHENG-HOUSING")), 200);
        assertThat(get("/workbench/department", dongchengEducation()).body()).contains(east).doesNotContain(west);
        expect(get("/handling/cases/" + west, dongchengEducation()), 404);
        expect(step(xichengHousing(), east, "reply", Map.of("text", "答复")), 404);
        expect(step(dongchengEducation(), east, "reply", Map.of("text", "按学区划分入学。")), 200);
        expect(step(xichengHousing(), west, "reply", Map.of("text", "可申请租房补贴。")), 200);

        // site reviewers review within their district
        assertThat(get("/workbench/review", dongchengReviewer()).body()).contains(east).doesNotContain(west);
        assertThat(get("/workbench/review", xichengReviewer()).body()).contains(west).doesNotContain(east);
        expect(get("/handling/cases/" + west, dongchengReviewer()), 404);
        expect(step(xichengReviewer(), east, "review", Map.of("approve", true)), 404);
        expect(step(dongchengReviewer(), west, "review", Map.of("approve", true)), 404);

        // supervisors: a district's sees its own, the city's both, the hub-wide one everything
        expect(get("/handling/cases/" + east, dongchengSupervisor()), 200);
        expect(get("/handling/cases/" + west, dongchengSupervisor()), 404);
        expect(get("/handling/cases/" + east, xichengSupervisor()), 404);
        expect(get("/handling/cases/" + west, xichengSupervisor()), 200);
        expect(get("/handling/cases/" + east, citySupervisor()), 200);
        expect(get("/handling/cases/" + west, citySupervisor()), 200);
        expect(get("/handling/cases/" + west, supervisor), 200);
        // both are overdue a week later (5 working days): each district's supervision queue holds its own only
        MovedClock.CLOCK.set("2026-11-25T10:00");
        assertThat(get("/workbench/supervision?filter=overdue&size=200", dongchengSupervisor()).body()).contains(east)
                .doesNotContain(west);
        assertThat(get("/workbench/supervision?filter=overdue&size=200", xichengSupervisor()).body()).contains(west)
                .doesNotContain(east);
        var cityQueue = expect(get("/workbench/supervision?filter=overdue&size=200", citySupervisor()), 200).json();
        var sitesOfQueue = new java.util.HashMap<String, String>();
        cityQueue.forEach(line -> sitesOfQueue.put(line.get("trackingNumber").asString(), line.get("site").asString()));
        assertThat(sitesOfQueue).containsEntry(east, "DONGCHENG").containsEntry(west, "XICHENG");
        expect(step(xichengSupervisor(), east, "urging", Map.of("note", "请尽快审核")), 404);
        expect(step(dongchengSupervisor(), east, "urging", Map.of("note", "请尽快审核")), 200);

        expect(step(dongchengReviewer(), east, "review", Map.of("approve", true, "allowPublication", true)), 200);
        expect(step(xichengReviewer(), west, "review", Map.of("approve", true, "allowPublication", true)), 200);

        // site administrators see no case at all; citizens only their own, on whichever site they look
        expect(get("/handling/cases/" + east, dongchengAdmin()), 403);
        expect(get("/cases/" + east, citizen), 200);
        expect(get("/cases/" + east, otherCitizen), 404);
    }

    @Test
    void a_site_administrator_sets_the_dispatch_centre_of_their_own_site_only() {
        // the hub-wide admin sees every site's centre, a site administrator their own
        var all = expect(get("/admin/dispatch-centres", admin), 200).json();
        assertThat(codes(all, "site")).containsExactly("GOV", "DONGCHENG", "XICHENG");
        assertThat(all.get(0).get("department").asString()).isEqualTo(CENTRE);
        assertThat(all.get(0).get("configured").asBoolean()).isFalse();
        var own = expect(get("/admin/dispatch-centres", dongchengAdmin()), 200).json();
        assertThat(codes(own, "site")).containsExactly("DONGCHENG");
        assertThat(own.get(0).get("department").asString()).isEqualTo("D-DONGCHENG-OFFICE");

        // outside their site (a sibling, the parent): 403 outside-site, whatever they ask
        for (String site : List.of("XICHENG", "GOV")) {
            var refused = expect(request("PUT", "/admin/dispatch-centres/" + site, dongchengAdmin(), JSON,
                    "{\"department\":\"D-DONGCHENG-OFFICE\"}"), 403);
            assertThat(refused.problemType()).isEqualTo("outside-site");
            assertThat(expect(get("/admin/dispatch-centres/" + site, dongchengAdmin()), 403).problemType())
                    .isEqualTo("outside-site");
            assertThat(expect(request("DELETE", "/admin/dispatch-centres/" + site, dongchengAdmin(), null, null), 403)
                    .problemType()).isEqualTo("outside-site");
        }
        // another site's department may not screen the site's cases
        var foreign = expect(request("PUT", "/admin/dispatch-centres/DONGCHENG", dongchengAdmin(), JSON,
                "{\"department\":\"D-XICHENG-OFFICE\"}", "Accept-Language", "en"), 400);
        assertThat(foreign.problemType()).isEqualTo("dispatch-centre-of-the-site");
        assertThat(foreign.json().get("detail").asString()).contains("D-XICHENG-OFFICE", "DONGCHENG");
        // handlers and supervisors are no administrators
        expect(request("PUT", "/admin/dispatch-centres/DONGCHENG", dongchengOffice(), JSON,
                "{\"department\":\"D-DONGCHENG-OFFICE\"}"), 403);

        try {
            // the district's education bureau screens the district's new cases from now on; audit-logged
            var set = expect(request("PUT", "/admin/dispatch-centres/dongcheng", dongchengAdmin(), JSON,
                    "{\"department\":\"D-DONGCHENG-EDUCATION\"}"), 200).json();
            assertThat(set.get("department").asString()).isEqualTo("D-DONGCHENG-EDUCATION");
            String tn = submitOn(TestAccounts.citizen(), DONGCHENG, caseOf("CONSULTATION", "GENERAL", "新派单中心",
                    "由教育局受理。"));
            assertThat(get("/workbench/screening", dongchengEducation()).body()).contains(tn);
            assertThat(get("/workbench/screening", dongchengOffice()).body()).doesNotContain(tn);
            expect(step(dongchengEducation(), tn, "acceptance", Map.of()), 200);
            var log = expect(get("/admin/audit-log?targetType=site-dispatch-centre", admin), 200).body();
            assertThat(log).contains("consultation.dispatch-centre.set", dongchengAdmin().id(),
                    "D-DONGCHENG-EDUCATION");
        } finally {
            expect(request("PUT", "/admin/dispatch-centres/DONGCHENG", admin, JSON,
                    "{\"department\":\"D-DONGCHENG-OFFICE\"}"), 200);
        }
        // the Xicheng administrator administers Xicheng, not Dongcheng
        expect(request("PUT", "/admin/dispatch-centres/XICHENG", xichengAdmin(), JSON,
                "{\"department\":\"D-XICHENG-OFFICE\"}"), 200);
        expect(request("DELETE", "/admin/dispatch-centres/DONGCHENG", xichengAdmin(), null, null), 403);
    }

    @Test
    void a_city_case_dispatched_to_a_district_department_is_answered_there_and_its_events_carry_both_sites() {
        var citizen = TestAccounts.citizen();
        var before = cityFigures();
        try (var probe = KafkaProbe.subscribe(CaseHandled.TOPIC)) {
            // submitted on the city's portal (localhost is one of its hosts): the hub-wide centre screens it
            String tn = submit(citizen, publicCase("COMPLAINT", "GENERAL", "东城学校周边交通", "放学时段拥堵。"));
            expect(step(dispatcher, tn, "acceptance", Map.of()), 200);
            expect(step(dispatcher, tn, "dispatch", Map.of("lead", "D-DONGCHENG-EDUCATION")), 200);

            // the district department handles it under its own site; the district's staff see it, the other's not
            assertThat(get("/workbench/department", dongchengEducation()).body()).contains(tn);
            expect(get("/handling/cases/" + tn, dongchengSupervisor()), 200);
            expect(get("/handling/cases/" + tn, xichengSupervisor()), 404);
            expect(get("/handling/cases/" + tn, xichengOffice()), 404);
            expect(get("/handling/cases/" + tn, dongchengOffice()), 404);
            expect(step(dongchengEducation(), tn, "reply", Map.of("text", "已协调交警疏导。")), 200);
            assertThat(get("/workbench/review", dongchengReviewer()).body()).contains(tn);
            var answered = expect(step(dongchengReviewer(), tn, "review",
                    Map.of("approve", true, "allowPublication", true)), 200).json();

            // one tracking number, one history, from the city's centre to the district's reviewer
            assertThat(answered.get("trackingNumber").asString()).isEqualTo(tn);
            assertThat(answered.get("site").asString()).isEqualTo("GOV");
            assertThat(answered.get("handlingSite").asString()).isEqualTo("DONGCHENG");
            assertThat(codes(answered.get("history"), "action")).containsSubsequence("SUBMITTED", "ACCEPTED",
                    "DISPATCHED", "REPLY_DRAFTED", "REPLIED");

            String caseId = answered.get("id").asString();
            var submitted = event(probe, caseId, "submitted");
            assertThat(submitted.get("site").asString()).isEqualTo("GOV");
            assertThat(submitted.get("handlingSite").isNull()).as("D-12345 is no directory department").isTrue();
            for (String event : List.of("dispatched", "replied")) {
                var data = event(probe, caseId, event);
                assertThat(data.get("site").asString()).as(event).isEqualTo("GOV");
                assertThat(data.get("handlingSite").asString()).as(event).isEqualTo("DONGCHENG");
                assertThat(data.get("department").asString()).isEqualTo("D-DONGCHENG-EDUCATION");
            }

            // the city's figures with its districts count the answer under Dongcheng, the department's site
            var after = cityFigures();
            assertThat(answered(after, "DONGCHENG") - answered(before, "DONGCHENG")).isEqualTo(1);
            assertThat(answered(after, "GOV") - answered(before, "GOV")).isZero();
            // a city case: listed on the city's site, not on the district's
            expect(get("/open311/v2/requests/" + tn + ".json?site=GOV", null), 200);
            expect(get("/open311/v2/requests/" + tn + ".json?site=DONGCHENG", null), 404);
        }
    }

    @Test
    void public_lists_answer_for_one_site_and_on_request_for_its_districts_too() {
        var citizen = TestAccounts.citizen();
        String eastWords = words();
        String westWords = words();
        var before = cityFigures();
        String east = submitOn(citizen, DONGCHENG, publicCase("COMPLAINT", "GENERAL", eastWords, eastWords + "。"));
        String west = submitOn(citizen, "?site=xicheng", publicCase("COMPLAINT", "GENERAL", westWords,
                westWords + "。"));
        answerIn(east, dongchengOffice(), "D-DONGCHENG-EDUCATION", dongchengEducation(), dongchengReviewer());
        answerIn(west, xichengOffice(), "D-XICHENG-HOUSING", xichengHousing(), xichengReviewer());

        // published answers: a district's own, the city's with its districts on request, never a sibling's
        assertThat(answers(eastWords, "?site=DONGCHENG")).contains(east);
        assertThat(answers(eastWords, "?site=XICHENG")).doesNotContain(east);
        assertThat(answers(eastWords, "?site=GOV")).doesNotContain(east);
        assertThat(answers(eastWords, "?site=GOV&includeChildren=true")).contains(east);
        assertThat(answers(westWords, "?site=GOV&includeChildren=true")).contains(west);
        assertThat(answers(westWords, "?site=DONGCHENG&includeChildren=true")).doesNotContain(west);
        assertThat(expect(get("/public/answers?q=" + q(eastWords), null, "X-Forwarded-Host",
                "dongcheng.demo-city.gov.cn"), 200).body()).contains(east);
        String id = expect(get("/public/answers?q=" + q(eastWords) + "&site=DONGCHENG", null), 200).json().get(0)
                .get("id").asString();
        expect(get("/public/answers/" + id + "?site=DONGCHENG", null), 200);
        expect(get("/public/answers/" + id + "?site=XICHENG", null), 404);
        assertThat(expect(get("/public/similar?text=" + q(eastWords) + "&site=XICHENG", null), 200).body())
                .doesNotContain(east);
        assertThat(expect(get("/public/similar?text=" + q(eastWords) + "&site=DONGCHENG", null), 200).body())
                .contains(east);

        // Open311: the same per site
        expect(get("/open311/v2/requests/" + east + ".json?site=DONGCHENG", null), 200);
        assertThat(expect(get("/open311/v2/requests/" + east + ".json?site=XICHENG", null), 404).body())
                .contains("\"code\":404");
        assertThat(get("/open311/v2/requests.json?service_request_id=" + east + "," + west + "&site=DONGCHENG", null)
                .body()).contains(east).doesNotContain(west);
        assertThat(get("/open311/v2/requests.json?service_request_id=" + east + "," + west
                + "&site=GOV&includeChildren=true", null).body()).contains(east, west);
        assertThat(get("/open311/v2/requests.json?service_request_id=" + east + "&site=GOV", null).json()).isEmpty();

        // unknown and misspelt sites
        assertThat(expect(get("/public/answers?site=NOWHERE", null), 404).problemType()).isEqualTo("site-not-found");
        assertThat(expect(get("/public/statistics/2026-11?site=GOV&includeChildren=maybe", null), 400).problemType())
                .isEqualTo("invalid-include-children");

        // figures: each district's side by side on the city's site, one each on a district's
        var after = cityFigures();
        assertThat(codes(after.get("bySite"), "site")).containsExactly("GOV", "DONGCHENG", "XICHENG");
        assertThat(answered(after, "DONGCHENG") - answered(before, "DONGCHENG")).isEqualTo(1);
        assertThat(answered(after, "XICHENG") - answered(before, "XICHENG")).isEqualTo(1);
        assertThat(site(after, "DONGCHENG").get("onTimeRate").isNumber()).isTrue();
        var dongcheng = expect(get("/public/statistics/2026-11?site=DONGCHENG", null), 200).json();
        assertThat(dongcheng.get("site").asString()).isEqualTo("DONGCHENG");
        assertThat(dongcheng.get("includeChildren").asBoolean()).isFalse();
        assertThat(codes(dongcheng.get("bySite"), "site")).containsExactly("DONGCHENG");
        assertThat(codes(dongcheng.get("byDepartmentAndKind"), "department")).contains("D-DONGCHENG-EDUCATION")
                .doesNotContain("D-XICHENG-HOUSING");
        var city = expect(get("/public/statistics/2026-11", null), 200).json();
        assertThat(city.get("site").asString()).isEqualTo("GOV");
        assertThat(codes(city.get("bySite"), "site")).containsExactly("GOV");
        assertThat(codes(city.get("byDepartmentAndKind"), "department")).doesNotContain("D-XICHENG-HOUSING");

        // a site reviewer withdraws a published answer of their own district only
        assertThat(expect(post("/admin/knowledge/answers/" + id + "/withdrawal", xichengReviewer(), Map.of()), 404)
                .problemType()).isEqualTo("answer-not-found");
        expect(post("/admin/knowledge/answers/" + id + "/withdrawal", dongchengReviewer(), Map.of()), 204);
        assertThat(answers(eastWords, "?site=DONGCHENG")).doesNotContain(east);
    }

    @Test
    void a_case_from_before_sites_is_the_root_sites_and_an_open311_request_belongs_to_the_site_it_was_posted_on() {
        var citizen = TestAccounts.citizen();
        // stored before V22: no site
        String old = submit(citizen, caseOf("COMPLAINT", "GENERAL", "旧诉求", "升级前提交。"));
        jdbc.sql("update consultation_case set site = null where tracking_number = :tn").param("tn", old).update();
        assertThat(expect(get("/handling/cases/" + old, dispatcher), 200).json().get("site").asString())
                .isEqualTo("GOV");
        expect(get("/open311/v2/requests/" + old + ".json?site=GOV", citizen), 200);
        expect(get("/open311/v2/requests/" + old + ".json?site=DONGCHENG", citizen), 404);
        expect(get("/handling/cases/" + old, citySupervisor()), 200);
        expect(get("/handling/cases/" + old, dongchengSupervisor()), 404);

        // Open311 POST on Xicheng's site: Xicheng's centre screens it
        var posted = request("POST", "/open311/v2/requests.json?site=XICHENG", citizen, FORM,
                "service_code=complaint-general&description=" + q("西城路灯不亮") + "&address_string=" + q("西大街6号"));
        String tn = expect(posted, 201).json().get(0).get("service_request_id").asString();
        assertThat(get("/workbench/screening", xichengOffice()).body()).contains(tn);
        assertThat(get("/handling/cases/" + tn, xichengOffice()).json().get("site").asString()).isEqualTo("XICHENG");
        expect(get("/handling/cases/" + tn, dongchengOffice()), 404);
        expect(get("/open311/v2/requests/" + tn + ".json?site=XICHENG", citizen), 200);
        expect(get("/open311/v2/requests/" + tn + ".json", citizen), 404);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private String submitOn(Account citizen, String siteQuery, Map<String, Object> body) {
        return expect(post("/cases" + siteQuery, citizen, body), 201).json().get("trackingNumber").asString();
    }

    /** Screened by the district's centre, dispatched in the district, replied, approved for publication. */
    private void answerIn(String tn, Account centre, String lead, Account handler, Account siteReviewer) {
        expect(step(centre, tn, "acceptance", Map.of()), 200);
        expect(step(centre, tn, "dispatch", Map.of("lead", lead)), 200);
        expect(step(handler, tn, "reply", Map.of("text", "已处理。")), 200);
        expect(step(siteReviewer, tn, "review", Map.of("approve", true, "allowPublication", true)), 200);
    }

    /** Tracking numbers of the published answers matching {@code text} on the site(s) asked for. */
    private List<String> answers(String text, String siteQuery) {
        var list = expect(get("/public/answers" + siteQuery + "&q=" + q(text), null), 200).json();
        var numbers = new ArrayList<String>();
        list.forEach(a -> numbers.add(a.get("trackingNumber").asString()));
        return numbers;
    }

    private JsonNode cityFigures() {
        return expect(get("/public/statistics/2026-11?site=GOV&includeChildren=true", null), 200).json();
    }

    private static JsonNode site(JsonNode month, String code) {
        for (JsonNode f : month.get("bySite")) {
            if (code.equals(f.get("site").asString())) {
                return f;
            }
        }
        throw new AssertionError("no figures of site " + code + " in " + month);
    }

    private static long answered(JsonNode month, String site) {
        return site(month, site).get("answered").asLong();
    }

    private static List<String> codes(JsonNode array, String field) {
        var codes = new ArrayList<String>();
        array.forEach(n -> codes.add(n.get(field).isNull() ? null : n.get(field).asString()));
        return codes;
    }

    /** The data of the case's event of this type, read off the topic. */
    private static JsonNode event(KafkaProbe probe, String caseId, String event) {
        var record = probe.awaitRecord(r -> CaseHandled.type(event).equals(KafkaProbe.header(r, "ce_type"))
                && r.value().contains(caseId), Duration.ofSeconds(60));
        return MAPPER.readTree(record.value());
    }

    /** A title no other test writes: ten characters drawn from the run's randomness, so a search finds it alone. */
    private static String words() {
        String alphabet = "春夏秋冬东南西北山川河湖林木花草";
        var text = new StringBuilder("诉求");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            text.append(alphabet.charAt(Character.digit(c, 16)));
        }
        return text.toString();
    }
}
