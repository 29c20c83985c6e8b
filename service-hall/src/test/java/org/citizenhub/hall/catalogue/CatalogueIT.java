package org.citizenhub.hall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.citizenhub.hall.HallIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The catalogue on the real servers: administration, its refusals, site administrators, the public side. */
class CatalogueIT extends HallIT {

    /** Demo items (db/demo/V10_1): 居住证签注 in 东城, 居住证申领 in 西城, 城市道路挖掘占用许可 of the city. */
    static final String ENDORSEMENT = "11110101000000201X0011030020000";
    static final String PERMIT_APPLICATION = "11110102000000301X0011030010000";
    static final String ROAD_DIGGING = "11110000000000102X0001130090000";

    static final Account ADMIN = TestAccounts.admin();

    /** The events' published schema, so that what goes on the bus is what the schema promises. */
    static final Schema EVENT_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CatalogueIT.class.getResourceAsStream("/events/hall.item.v1.schema.json"));

    @Autowired
    PublishedItems publishedItems;

    @Autowired
    JdbcClient jdbc;

    /** A fresh pair of codes (the test database outlives a run). */
    static String newCode(String creditCode) {
        return creditCode + newBasic() + "0";
    }

    static String newBasic() {
        return "9" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    static String basicOf(String code) {
        return code.substring(18, 30);
    }

    static Map<String, Object> guide(String name, int statutory, int promised, String... departments) {
        var g = new LinkedHashMap<String, Object>();
        g.put("name", Map.of("zh", name, "en", "Test item"));
        g.put("kind", "ADMINISTRATIVE_LICENSING");
        g.put("departments", List.of(departments));
        g.put("legalBasis", List.of(Map.of("law", "《公共场所卫生管理条例》", "article", "第八条")));
        g.put("conditions", List.of("场所卫生条件符合国家标准"));
        g.put("materials", List.of(Map.of("name", "营业执照", "form", "COPY", "count", 1, "required", true,
                "replaceableByLicence", true, "licenceType", "营业执照")));
        g.put("steps", List.of("受理", "审查", "决定"));
        g.put("limits", Map.of("statutoryWorkingDays", statutory, "promisedWorkingDays", promised));
        g.put("fees", List.of());
        g.put("onlineLevel", "FULLY_ONLINE");
        g.put("places", List.of(Map.of("name", "政务服务中心", "address", "人民路 100 号", "openingHours", "工作日 9:00-17:00")));
        g.put("contacts", Map.of("consultationPhone", "12320", "complaintPhone", "12345"));
        g.put("scope", "全市通办");
        g.put("serves", List.of("LEGAL_PERSON"));
        g.put("themes", List.of("卫生健康"));
        g.put("lifeEvents", List.of("开店经营"));
        return g;
    }

    static Map<String, Object> form() {
        return Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
                "properties", Map.of("placeName", Map.of("type", "string", "maxLength", 100)),
                "required", List.of("placeName"));
    }

    static Map<String, Object> step(String key, String role, int days, String... departments) {
        return Map.of("key", key, "name", Map.of("zh", key), "role", role, "limitWorkingDays", days,
                "departments", List.of(departments));
    }

    static Map<String, Object> draft(Map<String, Object> guide, Object form, List<Map<String, Object>> steps) {
        var body = new LinkedHashMap<String, Object>();
        body.put("guide", guide);
        body.put("formSchema", form);
        body.put("process", Map.of("steps", steps));
        return body;
    }

    Response create(Account who, String code, String department) {
        return post("/admin/items", who, Map.of("basicCode", basicOf(code), "implementationCode", code,
                "acceptingDepartment", department));
    }

    Response put(String path, Account who, Object body, String... headers) {
        return request("PUT", path, who, JSON, MAPPER.writeValueAsString(body), headers);
    }

    static List<String> codes(Response r) {
        var codes = new ArrayList<String>();
        r.json().forEach(n -> codes.add(n.get("implementationCode").asString()));
        return codes;
    }

    @Test
    void an_item_is_drafted_published_superseded_and_withdrawn_audit_logged_and_announced_on_the_bus() {
        String code = newCode("11110000000000101X");
        try (var probe = KafkaProbe.subscribe(ItemEvent.TOPIC)) {
            assertThat(create(ADMIN, code, "D-HEALTH").status()).isEqualTo(201);
            var steps = List.of(step("accept", "WINDOW", 1), step("review", "DEPARTMENT", 10, "D-HEALTH"),
                    step("decision", "HEAD", 2));
            var drafted = put("/admin/items/" + code + "/draft", ADMIN,
                    draft(guide("测试场所卫生许可", 20, 5, "D-HEALTH"), form(), steps));
            assertThat(drafted.status()).isEqualTo(200);
            assertThat(get("/public/items/" + code + "?site=GOV", null).status()).isEqualTo(404);

            var published = post("/admin/items/" + code + "/publication", ADMIN, Map.of());
            assertThat(published.status()).isEqualTo(200);
            assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
            String first = published.json().get("versions").get(0).get("id").asString();

            var record = probe.awaitRecord(r -> code.equals(r.key())
                    && ItemEvent.type("published").equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(60));
            JsonNode data = MAPPER.readTree(record.value());
            assertThat(EVENT_SCHEMA.validate(data)).isEmpty();
            assertThat(data.get("versionId").asString()).isEqualTo(first);
            assertThat(data.get("site").asString()).isEqualTo("GOV");
            assertThat(data.get("promisedWorkingDays").asInt()).isEqualTo(5);

            var guide = get("/public/items/" + code + "?site=GOV", null);
            assertThat(guide.status()).isEqualTo(200);
            assertThat(guide.json().get("guide").get("legalBasis").get(0).get("article").asString()).isEqualTo("第八条");
            assertThat(guide.json().get("formSchema").get("required").get(0).asString()).isEqualTo("placeName");

            // a second version supersedes the first; the applications feature still reads the first
            put("/admin/items/" + code + "/draft", ADMIN, draft(guide("测试场所卫生许可", 20, 3, "D-HEALTH"), form(), steps));
            assertThat(post("/admin/items/" + code + "/publication", ADMIN, Map.of()).status()).isEqualTo(200);
            assertThat(publishedItems.published(code)).get().satisfies(p -> {
                assertThat(p.versionNumber()).isEqualTo(2);
                assertThat(p.limits().promisedWorkingDays()).isEqualTo(3);
                assertThat(p.process().steps()).hasSize(3);
                assertThat(p.acceptingDepartment()).isEqualTo("D-HEALTH");
            });
            assertThat(publishedItems.version(UUID.fromString(first))).get()
                    .satisfies(p -> assertThat(p.current()).isFalse());

            var withdrawn = post("/admin/items/" + code + "/withdrawal", ADMIN, Map.of("reason", "法规修订"));
            assertThat(withdrawn.status()).isEqualTo(200);
            assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
            var gone = probe.awaitRecord(r -> code.equals(r.key())
                    && ItemEvent.type("withdrawn").equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(60));
            assertThat(EVENT_SCHEMA.validate(MAPPER.readTree(gone.value()))).isEmpty();
        }
        assertThat(get("/public/items/" + code + "?site=GOV", null).status()).isEqualTo(404);
        assertThat(codes(get("/public/items?site=GOV&q=" + enc("测试场所卫生许可") + "&size=50", null))).doesNotContain(code);
        assertThat(publishedItems.published(code)).isEmpty();
        assertThat(jdbc.sql("select action from admin_audit_log where target_id = :code order by id")
                .param("code", code).query(String.class).list())
                .containsExactly("catalogue.item.created", "catalogue.version.drafted", "catalogue.version.published",
                        "catalogue.version.drafted", "catalogue.version.published", "catalogue.version.withdrawn");
    }

    @Test
    void refusals_name_their_rule_in_chinese_and_in_english() {
        var malformed = post("/admin/items", ADMIN, Map.of("basicCode", "00011700400A",
                "implementationCode", "11110000000000101X00011700400A0", "acceptingDepartment", "D-HEALTH"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemType()).isEqualTo("basic-code-malformed");
        assertThat(malformed.json().get("title").asString()).isEqualTo("基本编码格式不正确");

        String code = newCode("11110000000000101X");
        create(ADMIN, code, "D-HEALTH");
        var steps = List.of(step("accept", "WINDOW", 1), step("review", "DEPARTMENT", 10, "D-HEALTH"));
        var tooLong = put("/admin/items/" + code + "/draft", ADMIN,
                draft(guide("测试事项", 20, 25, "D-HEALTH"), form(), steps), "Accept-Language", "en");
        assertThat(tooLong.problemType()).isEqualTo("promised-limit-exceeds-statutory");
        assertThat(tooLong.json().get("detail").asString())
                .isEqualTo("The promised limit (25 working days) may not exceed the statutory limit (20 working days).");
        var tooLongZh = put("/admin/items/" + code + "/draft", ADMIN,
                draft(guide("测试事项", 20, 25, "D-HEALTH"), form(), steps));
        assertThat(tooLongZh.json().get("detail").asString())
                .isEqualTo("承诺时限（25 个工作日）不得超过法定时限（20 个工作日）。");

        put("/admin/items/" + code + "/draft", ADMIN, draft(guide("测试事项", 20, 5, "D-HEALTH"),
                Map.of("type", "object", "properties", Map.of("name", Map.of("type", "strin"))), steps));
        var badForm = post("/admin/items/" + code + "/publication", ADMIN, Map.of());
        assertThat(badForm.status()).isEqualTo(400);
        assertThat(badForm.problemType()).isEqualTo("form-schema-invalid");
        assertThat(badForm.json().get("detail").asString()).contains("/properties/name/type");

        put("/admin/items/" + code + "/draft", ADMIN, draft(guide("测试事项", 20, 5, "D-HEALTH"), form(),
                List.of(step("review", "DEPARTMENT", 10, "D-HEALTH"))));
        var badProcess = post("/admin/items/" + code + "/publication", ADMIN, Map.of(), "Accept-Language", "en");
        assertThat(badProcess.problemType()).isEqualTo("process-starts-at-the-window");
        assertThat(badProcess.json().get("title").asString()).isEqualTo("The process starts at the window");
        assertThat(publishedItems.published(code)).isEmpty();
    }

    @Test
    void a_site_administrator_administers_the_items_of_their_own_site_only() {
        var dongcheng = TestAccounts.atSite("DONGCHENG", null, "site-admin");
        var xicheng = TestAccounts.atSite("XICHENG", null, "site-admin");
        String code = newCode("11110101000000201X");

        assertThat(create(dongcheng, code, "D-DONGCHENG-OFFICE").status()).isEqualTo(201);
        var steps = List.of(step("accept", "WINDOW", 1));
        assertThat(put("/admin/items/" + code + "/draft", dongcheng,
                draft(guide("东城测试事项", 5, 1, "D-DONGCHENG-OFFICE"), form(), steps)).status()).isEqualTo(200);

        var elsewhere = put("/admin/items/" + code + "/draft", xicheng,
                draft(guide("东城测试事项", 5, 1, "D-DONGCHENG-OFFICE"), form(), steps));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.problemType()).isEqualTo("outside-site");
        assertThat(create(dongcheng, newCode("11110000000000101X"), "D-HEALTH").problemType())
                .isEqualTo("outside-site");
        assertThat(get("/admin/items/" + ROAD_DIGGING, dongcheng).status()).isEqualTo(403);
        assertThat(codes(get("/admin/items?size=200", dongcheng))).contains(code, ENDORSEMENT)
                .doesNotContain(ROAD_DIGGING, PERMIT_APPLICATION);
        assertThat(get("/admin/items/" + code, TestAccounts.citizen()).status()).isEqualTo(403);
    }

    @Test
    void citizens_search_the_catalogue_in_chinese_for_one_site_with_or_without_its_districts() {
        assertThat(codes(get("/public/items?site=GOV&includeChildren=true&q=" + enc("居住证"), null)))
                .contains(ENDORSEMENT, PERMIT_APPLICATION);
        assertThat(codes(get("/public/items?site=GOV&includeChildren=false&q=" + enc("居住证"), null)))
                .doesNotContain(ENDORSEMENT, PERMIT_APPLICATION);
        assertThat(codes(get("/public/items?site=DONGCHENG&q=" + enc("居住证"), null)))
                .contains(ENDORSEMENT).doesNotContain(PERMIT_APPLICATION);

        var digging = get("/public/items?site=GOV&includeChildren=false&q=" + enc("道路挖掘"), null);
        assertThat(codes(digging).getFirst()).isEqualTo(ROAD_DIGGING);
        assertThat(digging.json().get(0).get("score").asDouble()).isEqualTo(1.0);

        var parallel = get("/public/items/" + ROAD_DIGGING + "?site=GOV", null).json();
        assertThat(parallel.get("process").get("steps").get(1).get("departments").size()).isEqualTo(2);
        assertThat(parallel.get("guide").get("legalBasis").get(0).get("law").asString()).isEqualTo("《城市道路管理条例》");
        assertThat(get("/public/items/" + PERMIT_APPLICATION + "?site=DONGCHENG", null).status()).isEqualTo(404);

        var forPersons = get("/public/items?site=GOV&includeChildren=true&kind=PUBLIC_SERVICE&serves=PERSON"
                + "&lifeEvent=" + enc("落户居住"), null);
        assertThat(codes(forPersons)).contains(ENDORSEMENT, PERMIT_APPLICATION).doesNotContain(ROAD_DIGGING);
        assertThat(get("/public/items?site=GOV&size=51", null).status()).isEqualTo(400);

        var themes = get("/public/themes?site=XICHENG", null).json();
        var names = new ArrayList<String>();
        themes.get("themes").forEach(t -> names.add(t.get("name").asString()));
        assertThat(names).contains("户籍居住").doesNotContain("生态环境");
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
