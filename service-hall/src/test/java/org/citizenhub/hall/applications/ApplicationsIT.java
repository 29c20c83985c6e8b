package org.citizenhub.hall.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.hall.HallIT;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Applications (办件) on the real servers, through the demo catalogue's items and one item configured in the test:
 * every step, Art 32, Art 45 pauses, the Art 42 extension, parallel approval, form errors, licence verification and
 * who finds what. The clock is moved, never waited for.
 */
class ApplicationsIT extends HallIT {

    /** 公共场所卫生许可 (D-HEALTH; review by D-HEALTH, the head decides; 20 working days). */
    static final String HYGIENE = "11110000000000101X0001170040000";
    static final List<String> HYGIENE_MATERIALS = List.of("公共场所卫生许可申请表", "营业执照", "卫生管理制度",
            "从业人员健康合格证明", "场所平面布局图");
    /** 城市道路挖掘占用许可 (window D-HOUSING; D-HOUSING and D-TRANSPORT review in parallel). */
    static final String ROAD_DIGGING = "11110000000000102X0001130090000";
    static final List<String> ROAD_MATERIALS = List.of("城市道路挖掘（占用）申请表", "施工设计图纸及施工组织方案",
            "交通组织方案", "建设工程规划许可证");
    static final String CREDIT_CODE = "91350100M000100Y43";

    static final Account CITIZEN = TestAccounts.citizen();
    static final Account OTHER_CITIZEN = TestAccounts.citizen();
    static final Account HEALTH = TestAccounts.handler("D-HEALTH");
    /** A head (负责人): the reviewer of the accepting department. */
    static final Account HEALTH_HEAD = TestAccounts.withRoles("D-HEALTH", "reviewer");
    static final Account HOUSING = TestAccounts.handler("D-HOUSING");
    static final Account TRANSPORT = TestAccounts.handler("D-TRANSPORT");
    static final Account MARKET = TestAccounts.handler("D-MARKET");

    /** The events' published schema: what goes on the bus is what the schema promises. */
    static final Schema EVENT_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ApplicationsIT.class.getResourceAsStream("/events/hall.application.v1.schema.json"));

    @Autowired
    DeadlineWatch watch;

    @Autowired
    Applications applications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Map<String, String> materials(Account who, List<String> names) {
        var ids = new LinkedHashMap<String, String>();
        for (String name : names) {
            var uploaded = upload("/applications/materials", who, "scan.pdf",
                    ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            ids.put(name, uploaded.json().get("id").asString());
        }
        return ids;
    }

    java.net.http.HttpResponse<byte[]> pdf(String path, Account who) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", who.bearer()).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> hygieneForm() {
        return Map.of("placeName", "好味餐厅", "placeAddress", "人民路 1 号", "category", "其他",
                "creditCode", CREDIT_CODE, "contactPhone", "13800138000");
    }

    Response submit(Account who, String code, Map<String, Object> form, Map<String, String> materials,
                    String... headers) {
        var body = new LinkedHashMap<String, Object>();
        body.put("implementationCode", code);
        body.put("legalPerson", Map.of("name", "演示餐饮有限公司", "creditCode", CREDIT_CODE));
        body.put("form", form);
        body.put("materials", materials);
        return post("/applications", who, body, headers);
    }

    JsonNode submitted(String code, Map<String, Object> form, List<String> materialNames) {
        var r = submit(CITIZEN, code, form, materials(CITIZEN, materialNames));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode staff(Account who, String number, String step, Object body) {
        var r = post("/handling/applications/" + number + "/" + step, who, body);
        assertThat(r.status()).as(step + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void an_application_is_accepted_paused_for_inspection_extended_by_the_head_granted_and_its_licence_verified() {
        try (var probe = KafkaProbe.subscribe(ApplicationEvent.TOPIC)) {
            String number = grantedWithLicence();
            for (String event : List.of("submitted", "accepted", "decided", "result-issued")) {
                var record = probe.awaitRecord(r -> number.equals(r.key())
                        && ApplicationEvent.type(event).equals(KafkaProbe.header(r, "ce_type")),
                        java.time.Duration.ofSeconds(60));
                assertThat(EVENT_SCHEMA.validate(MAPPER.readTree(record.value()))).as(event).isEmpty();
                assertThat(record.value()).as("no personal data").doesNotContain("演示餐饮").doesNotContain(CREDIT_CODE);
            }
        }
    }

    String grantedWithLicence() {
        var receipt = submitted(HYGIENE, hygieneForm(), HYGIENE_MATERIALS);
        String number = receipt.get("number").asString();
        assertThat(number).startsWith(HYGIENE + "20261116").hasSize(HYGIENE.length() + 14);
        assertThat(receipt.get("status").asString()).isEqualTo("RECEIVED");

        String queryCode = receipt.get("queryCode").asString();
        var status = get("/public/applications/" + number + "/status", null, "X-Query-Code", queryCode);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(status.body()).doesNotContain("演示餐饮");
        assertThat(get("/public/applications/" + number + "/status", null, "X-Query-Code", "ABCDEFGH").status())
                .isEqualTo(404);
        assertThat(get("/public/applications/" + number + "/status", null).status()).isEqualTo(400);

        var accepted = staff(HEALTH, number, "acceptance", Map.of());
        assertThat(accepted.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.sql("select action from admin_audit_log where target_type = 'hall-application'"
                        + " and target_id = :n").param("n", number).query(String.class).list())
                .as("every back-office step is audit-logged").containsExactly("hall.application.accepted");
        assertThat(accepted.get("deadline").get("dueAt").asString()).isEqualTo("2026-12-14T17:00:00+08:00");
        assertThat(accepted.get("currentStep").get("key").asString()).isEqualTo("inspection");

        MovedClock.CLOCK.set("2026-11-17T10:00");
        var paused = staff(HEALTH, number, "pauses", Map.of("kind", "INSPECTION", "reason", "现场核查卫生设施"));
        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("pause").get("kind").asString()).isEqualTo("INSPECTION");
        MovedClock.CLOCK.set("2026-11-20T10:00");
        var resumed = staff(HEALTH, number, "resumption", Map.of());
        assertThat(resumed.get("deadline").get("dueAt").asString()).as("three working days not counted")
                .isEqualTo("2026-12-17T17:00:00+08:00");

        var notHead = post("/handling/applications/" + number + "/extension", HEALTH,
                Map.of("workingDays", 10, "reason", "需专家论证"));
        assertThat(notHead.status()).isEqualTo(409);
        assertThat(notHead.problemType()).isEqualTo("application-extension-not-allowed");
        var extended = staff(HEALTH_HEAD, number, "extension", Map.of("workingDays", 10, "reason", "需专家论证"));
        assertThat(extended.get("deadline").get("dueAt").asString()).isEqualTo("2026-12-31T17:00:00+08:00");
        assertThat(extended.get("deadline").get("extended").asBoolean()).isTrue();

        var reviewed = staff(HEALTH, number, "opinions", Map.of("approves", true));
        assertThat(reviewed.get("currentStep").isNull()).isTrue();
        var byHandler = post("/handling/applications/" + number + "/decision", HEALTH, Map.of("outcome", "GRANTED"));
        assertThat(byHandler.status()).isEqualTo(403);
        assertThat(byHandler.problemType()).isEqualTo("application-head-decides");
        var granted = staff(HEALTH_HEAD, number, "decision", Map.of("outcome", "GRANTED"));
        assertThat(granted.get("status").asString()).isEqualTo("GRANTED");

        var own = get("/applications/" + number, CITIZEN).json();
        assertThat(own.get("steps")).extracting(s -> s.get("action").asString())
                .contains("SUBMITTED", "ACCEPTED", "PAUSED", "RESUMED", "EXTENDED", "REVIEWED", "DECIDED");
        String licence = own.get("licence").get("number").asString();
        String checkCode = own.get("licence").get("checkCode").asString();
        assertThat(request("PUT", "/applications/" + number + "/delivery", CITIZEN, JSON,
                "{\"method\":\"POST\",\"address\":\"人民路 1 号\"}").status()).isEqualTo(204);

        var pdf = pdf("/applications/" + number + "/licence.pdf", CITIZEN);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(licence, checkCode,
                    CREDIT_CODE);
            var attached = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("licence.json").getEmbeddedFile().toByteArray();
            assertThat(new String(attached, StandardCharsets.UTF_8)).contains("演示餐饮有限公司", "公共场所卫生许可");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(pdf("/applications/" + number + "/licence.pdf", OTHER_CITIZEN).statusCode()).isEqualTo(404);
        assertThat(applications.finished(number, CITIZEN.id())).map(Applications.Finished::outcome).contains("GRANTED");
        assertThat(applications.finished(number, OTHER_CITIZEN.id())).as("only for its applicant").isEmpty();

        var verified = get("/public/licences/" + licence + "?checkCode=" + checkCode, null);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("holder").asString()).isEqualTo("演示餐饮有限公司");
        assertThat(verified.json().get("department").asString()).isEqualTo("D-HEALTH");
        String forgedCode = (checkCode.charAt(0) == 'A' ? "B" : "A") + checkCode.substring(1);
        var forged = get("/public/licences/" + licence + "?checkCode=" + forgedCode, null);
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.problemType()).isEqualTo("licence-not-verified");
        assertThat(forged.body()).doesNotContain("演示餐饮").doesNotContain("D-HEALTH");
        return number;
    }

    @Test
    void other_applicants_and_departments_that_do_not_work_on_an_application_find_nothing() {
        String number = submitted(HYGIENE, hygieneForm(), HYGIENE_MATERIALS).get("number").asString();

        assertThat(get("/applications/" + number, OTHER_CITIZEN).status()).isEqualTo(404);
        assertThat(get("/handling/applications/" + number, MARKET).status()).isEqualTo(404);
        assertThat(post("/handling/applications/" + number + "/acceptance", MARKET, Map.of()).status()).isEqualTo(404);
        assertThat(get("/handling/applications", MARKET).body()).doesNotContain(number);
        assertThat(get("/handling/applications/" + number, HEALTH).status()).isEqualTo(200);
        assertThat(get("/handling/applications?status=RECEIVED", HEALTH).body()).contains(number);
        assertThat(get("/handling/applications/" + number, TestAccounts.supervisor()).status()).isEqualTo(200);
        assertThat(get("/handling/applications/" + number, TestAccounts.atSite("DONGCHENG", null, "supervisor"))
                .status()).as("a district's supervisor does not see the city's applications").isEqualTo(404);
    }

    @Test
    void an_applicant_who_asked_for_e_mail_is_told_of_the_acceptance_by_e_mail_and_on_the_site() {
        var body = new LinkedHashMap<String, Object>();
        body.put("implementationCode", HYGIENE);
        body.put("legalPerson", Map.of("name", "演示餐饮有限公司", "creditCode", CREDIT_CODE));
        body.put("form", hygieneForm());
        body.put("materials", materials(CITIZEN, HYGIENE_MATERIALS));
        body.put("contact", Map.of("channel", "EMAIL", "email", "applicant@example.org"));
        var submitted = post("/applications", CITIZEN, body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String number = submitted.json().get("number").asString();

        String trackingNumber = staff(HEALTH, number, "acceptance", Map.of()).get("trackingNumber").asString();

        var queued = jdbc.sql("select channel, kind, recipient from notification_outbox where tracking_number = ?")
                .param(trackingNumber).query((rs, i) -> List.of(rs.getString(1), rs.getString(2),
                        String.valueOf(rs.getString(3)))).list();
        assertThat(queued).extracting(row -> row.get(0) + " " + row.get(1))
                .contains("EMAIL APPLICATION_ACCEPTED");
        assertThat(queued).extracting(row -> row.get(2)).as("the address is sealed at rest")
                .noneMatch(recipient -> recipient.contains("applicant@example.org"));
    }

    @Test
    void a_correction_lists_every_issue_at_once_and_the_corrected_application_is_accepted() {
        String number = submitted(HYGIENE, hygieneForm(), HYGIENE_MATERIALS).get("number").asString();
        MovedClock.CLOCK.set("2026-11-18T10:00");
        var asked = staff(HEALTH, number, "correction-request", Map.of("issues", List.of(
                Map.of("material", "营业执照", "problem", "复印件不清晰"),
                Map.of("material", "场所平面布局图", "problem", "缺少比例尺"))));
        assertThat(asked.get("status").asString()).isEqualTo("CORRECTION_REQUESTED");
        assertThat(asked.get("correctionIssues")).hasSize(2);

        MovedClock.CLOCK.set("2026-11-30T10:00");
        var corrected = post("/applications/" + number + "/corrections", CITIZEN,
                Map.of("materials", materials(CITIZEN, List.of("营业执照", "场所平面布局图"))));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(staff(HEALTH, number, "acceptance", Map.of()).get("status").asString()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void an_application_nobody_answers_within_five_working_days_counts_as_accepted_on_the_day_of_receipt() {
        String number = submitted(HYGIENE, hygieneForm(), HYGIENE_MATERIALS).get("number").asString();

        MovedClock.CLOCK.set("2026-11-23T16:00");
        watch.roundWithoutLock();
        assertThat(get("/applications/" + number, CITIZEN).json().get("status").asString()).isEqualTo("RECEIVED");

        MovedClock.CLOCK.set("2026-11-24T09:30");
        var late = post("/handling/applications/" + number + "/correction-request", HEALTH, Map.of("issues",
                List.of(Map.of("material", "营业执照", "problem", "缺页"))));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("application-correction-too-late");

        watch.roundWithoutLock();
        var own = get("/applications/" + number, CITIZEN).json();
        assertThat(own.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(own.get("deemedAccepted").asBoolean()).isTrue();
        assertThat(own.get("acceptedAt").asString()).isEqualTo("2026-11-16T10:00:00+08:00");
        assertThat(own.get("deadline").get("dueAt").asString()).as("20 working days from receipt")
                .isEqualTo("2026-12-14T17:00:00+08:00");
        assertThat(own.get("steps")).extracting(s -> s.get("action").asString()).contains("DEEMED_ACCEPTED");
    }

    @Test
    void an_overdue_review_is_announced_with_the_shared_deadline_event_keyed_by_the_casework_tracking_number() {
        String number = submitted(HYGIENE, hygieneForm(), HYGIENE_MATERIALS).get("number").asString();
        String trackingNumber = staff(HEALTH, number, "acceptance", Map.of()).get("trackingNumber").asString();
        assertThat(trackingNumber).matches("BJ20261116\\d{6,}");
        // the case id too: a kept broker may hold another test database's tracking number
        String id = jdbc.sql("select id::text from hall_application where number = ?").param(number)
                .query(String.class).single();
        try (var probe = KafkaProbe.subscribe("gov.hub.casework.deadlines")) {
            MovedClock.CLOCK.set("2026-12-01T10:00");
            watch.roundWithoutLock();
            var record = probe.awaitRecord(r -> trackingNumber.equals(r.key()) && r.value().contains(id)
                    && "gov.hub.casework.deadline.overdue.v1".equals(KafkaProbe.header(r, "ce_type")),
                    java.time.Duration.ofSeconds(60));
            var data = MAPPER.readTree(record.value());
            assertThat(data.get("service").asString()).isEqualTo("service-hall");
            assertThat(data.get("caseType").asString()).isEqualTo("application");
            assertThat(data.get("deadline").asString()).as("the inspection step's own 10 days").isEqualTo("step-d-health");
            assertThat(data.get("site").asString()).isEqualTo("GOV");
        }
    }

    @Test
    void in_a_two_department_parallel_review_one_refusal_refuses_the_application_with_its_reason() {
        var form = Map.<String, Object>of("projectName", "燃气管道改造", "roadName", "人民路", "area", 120,
                "from", "2026-12-01", "to", "2026-12-20", "creditCode", CREDIT_CODE);
        String number = submitted(ROAD_DIGGING, form, ROAD_MATERIALS).get("number").asString();
        assertThat(get("/handling/applications/" + number, TRANSPORT).status())
                .as("the copied department sees it from the start").isEqualTo(200);

        var accepted = staff(HOUSING, number, "acceptance", Map.of());
        assertThat(accepted.get("currentStep").get("departments")).extracting(JsonNode::asString)
                .containsExactly("D-HOUSING", "D-TRANSPORT");

        var refused = staff(TRANSPORT, number, "opinions", Map.of("approves", false, "reason", "施工期间交通组织方案不可行"));
        assertThat(refused.get("status").asString()).as("waits for every department").isEqualTo("UNDER_REVIEW");
        assertThat(post("/handling/applications/" + number + "/opinions", TRANSPORT, Map.of("approves", true))
                .status()).isEqualTo(403);

        var decided = staff(HOUSING, number, "opinions", Map.of("approves", true));
        assertThat(decided.get("status").asString()).isEqualTo("REFUSED");
        assertThat(decided.get("decision").get("reasons")).extracting(JsonNode::asString)
                .containsExactly("D-TRANSPORT：施工期间交通组织方案不可行");
        assertThat(get("/applications/" + number, CITIZEN).json().get("decision").get("outcome").asString())
                .isEqualTo("REFUSED");

        // 一事一评: the applicant rates the decided application, once; nobody else can
        var rating = Map.<String, Object>of("satisfaction", 2, "reasons", List.of("inefficient"),
                "comment", "两个部门意见不一致，来回跑了两次。", "channel", "pc");
        assertThat(post("/ratings/applications/" + number, OTHER_CITIZEN, rating).status()).isEqualTo(404);
        var rated = post("/ratings/applications/" + number, CITIZEN, rating);
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("rectificationOpened").asBoolean()).as("不满意 opens 回访整改").isTrue();
        assertThat(post("/ratings/applications/" + number, CITIZEN, rating).status()).isEqualTo(409);
    }

    @Test
    void an_item_whose_process_is_configured_in_the_catalogue_runs_its_own_steps_without_java() {
        String code = "11110000000000101X9" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L)) + "0";
        var admin = TestAccounts.admin();
        var created = post("/admin/items", admin, Map.of("basicCode", code.substring(18, 30), "implementationCode",
                code, "acceptingDepartment", "D-HEALTH"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var guide = new LinkedHashMap<String, Object>();
        guide.put("name", Map.of("zh", "测试联合审查事项", "en", "Joint review test item"));
        guide.put("kind", "ADMINISTRATIVE_LICENSING");
        guide.put("departments", List.of("D-HEALTH", "D-ECOLOGY", "D-MARKET"));
        guide.put("legalBasis", List.of(Map.of("law", "《中华人民共和国行政许可法》", "article", "第二十六条")));
        guide.put("conditions", List.of("符合条件"));
        guide.put("materials", List.of(Map.of("name", "申请书", "form", "ORIGINAL", "count", 1, "required", true,
                "replaceableByLicence", false)));
        guide.put("steps", List.of("受理", "环评", "市场", "决定"));
        guide.put("limits", Map.of("statutoryWorkingDays", 15, "promisedWorkingDays", 10));
        guide.put("fees", List.of());
        guide.put("onlineLevel", "FULLY_ONLINE");
        guide.put("places", List.of(Map.of("name", "政务服务中心", "address", "人民路 100 号", "openingHours", "工作日 9:00-17:00")));
        guide.put("contacts", Map.of("consultationPhone", "12320", "complaintPhone", "12345"));
        guide.put("scope", "全市通办");
        guide.put("serves", List.of("LEGAL_PERSON"));
        guide.put("themes", List.of("卫生健康"));
        guide.put("lifeEvents", List.of("开店经营"));
        var draft = new LinkedHashMap<String, Object>();
        draft.put("guide", guide);
        draft.put("formSchema", Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
                "properties", Map.of("purpose", Map.of("type", "string", "maxLength", 50)), "required", List.of("purpose")));
        draft.put("process", Map.of("steps", List.of(
                Map.of("key", "accept", "name", Map.of("zh", "受理"), "role", "WINDOW", "limitWorkingDays", 1, "departments", List.of()),
                Map.of("key", "ecology", "name", Map.of("zh", "环评意见"), "role", "DEPARTMENT", "limitWorkingDays", 3, "departments", List.of("D-ECOLOGY")),
                Map.of("key", "market", "name", Map.of("zh", "市场意见"), "role", "DEPARTMENT", "limitWorkingDays", 2, "departments", List.of("D-MARKET")))));
        var drafted = request("PUT", "/admin/items/" + code + "/draft", admin, JSON, MAPPER.writeValueAsString(draft));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        var published = post("/admin/items/" + code + "/publication", admin, Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        String number = submitted(code, Map.of("purpose", "测试"), List.of("申请书")).get("number").asString();
        var accepted = staff(HEALTH, number, "acceptance", Map.of());
        assertThat(accepted.get("currentStep").get("key").asString()).isEqualTo("ecology");
        assertThat(accepted.get("deadline").get("dueAt").asString()).as("15 working days").isEqualTo("2026-12-07T17:00:00+08:00");
        assertThat(post("/handling/applications/" + number + "/opinions", TestAccounts.handler("D-MARKET"),
                Map.of("approves", true)).status()).as("not the market's step yet").isEqualTo(403);
        assertThat(staff(TestAccounts.handler("D-ECOLOGY"), number, "opinions", Map.of("approves", true))
                .get("currentStep").get("key").asString()).isEqualTo("market");
        assertThat(staff(MARKET, number, "opinions", Map.of("approves", true)).get("currentStep").isNull()).isTrue();
        assertThat(staff(HEALTH, number, "decision", Map.of("outcome", "GRANTED")).get("status").asString())
                .as("no HEAD step: the window decides").isEqualTo("GRANTED");
    }

    @Test
    void form_errors_come_back_as_a_problem_with_a_json_pointer_per_field_in_chinese_and_english() {
        var form = new LinkedHashMap<String, Object>(hygieneForm());
        form.remove("placeName");
        form.put("contactPhone", "12345");
        var materials = materials(CITIZEN, HYGIENE_MATERIALS);
        var zh = submit(CITIZEN, HYGIENE, form, materials);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.header("Content-Type")).contains("application/problem+json");
        assertThat(zh.problemType()).isEqualTo("application-form-invalid");
        assertThat(zh.json().get("errors")).extracting(e -> e.get("pointer").asString())
                .containsExactlyInAnyOrder("/placeName", "/contactPhone");
        var en = submit(CITIZEN, HYGIENE, form, materials, "Accept-Language", "en");
        assertThat(en.json().get("title").asString()).isEqualTo("Form not filled in correctly");
        assertThat(en.json().get("errors").get(0).get("message").asString())
                .isEqualTo(en.json().get("errors").get(0).get("messages").get("en").asString());

        var badCode = new LinkedHashMap<String, Object>();
        badCode.put("implementationCode", HYGIENE);
        badCode.put("legalPerson", Map.of("name", "演示餐饮有限公司", "creditCode", "91350100M000100Y44"));
        badCode.put("form", hygieneForm());
        badCode.put("materials", materials);
        assertThat(post("/applications", CITIZEN, badCode).problemType()).isEqualTo("credit-code-invalid");

        var badPhone = new LinkedHashMap<String, Object>(badCode);
        badPhone.put("legalPerson", Map.of("name", "演示餐饮有限公司", "creditCode", CREDIT_CODE));
        badPhone.put("contact", Map.of("channel", "SMS", "phone", "12345"));
        var refusedContact = post("/applications", CITIZEN, badPhone);
        assertThat(refusedContact.status()).isEqualTo(400);
        assertThat(refusedContact.problemType()).isEqualTo("application-request-invalid");

        var missing = submit(CITIZEN, HYGIENE, hygieneForm(), Map.of("营业执照", materials.get("营业执照")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemType()).isEqualTo("application-material-missing");
    }

    @Test
    void a_retried_submission_with_the_same_idempotency_key_gets_the_same_number() {
        var materials = materials(CITIZEN, HYGIENE_MATERIALS);
        String key = "hall-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        var first = submit(CITIZEN, HYGIENE, hygieneForm(), materials, "Idempotency-Key", key);
        var again = submit(CITIZEN, HYGIENE, hygieneForm(), materials, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("number").asString()).isEqualTo(first.json().get("number").asString());
        assertThat(again.json().get("queryCode").asString()).isEqualTo(first.json().get("queryCode").asString());
    }
}
