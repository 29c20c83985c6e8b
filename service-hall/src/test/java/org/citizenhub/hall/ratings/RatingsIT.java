package org.citizenhub.hall.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.hall.HallIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** 好差评 on the real servers: visits rated, bad ratings rectified, appeals, publishing, export, scopes. */
class RatingsIT extends HallIT {

    private static final Account TRANSPORT = TestAccounts.handler("D-TRANSPORT");

    @Autowired
    DeadlineWatch watch;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String visitCode(String itemCode) {
        var r = post("/visits", TRANSPORT, Map.of("window", "A03", "itemCode", itemCode,
                "itemName", "城市道路挖掘占用许可"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("visitCode").asString();
    }

    private JsonNode rate(String code, int satisfaction, List<String> reasons, String comment) {
        var r = post("/public/ratings/visits", null, Map.of("visitCode", code, "satisfaction", satisfaction,
                "reasons", reasons, "comment", comment, "channel", "window"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String item() {
        return "ITEM-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode itemFigures(String month, String itemCode) {
        var r = get("/public/ratings/statistics/" + month + "?site=GOV", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().get("byItem").spliterator(), false)
                .filter(f -> itemCode.equals(f.get("itemCode").asString())).findFirst().orElse(null);
    }

    @Test
    void a_visit_rated_satisfied_is_counted_once_and_announced_without_personal_data() {
        String item = item();
        try (var probe = KafkaProbe.subscribe(RatingEvents.TOPIC)) {
            String code = visitCode(item);
            var receipt = rate(code, 4, List.of(), "窗口人员很耐心");
            assertThat(receipt.get("label").asString()).isEqualTo("满意");
            assertThat(receipt.get("rectificationOpened").asBoolean()).isFalse();

            var again = post("/public/ratings/visits", null, Map.of("visitCode", code, "satisfaction", 5,
                    "reasons", List.of(), "comment", "", "channel", "window"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.problemType()).isEqualTo("visit-already-rated");

            // the rating's number and this test's own item: a kept broker may hold another database's number
            String number = receipt.get("number").asString();
            var event = probe.awaitRecord(r -> number.equals(r.key()) && r.value().contains("\"" + item + "\""),
                    Duration.ofSeconds(20));
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo(RatingEvents.RatingGiven.TYPE);
            assertThat(event.value()).contains("\"satisfaction\":4").doesNotContain("耐心");
        }
        var figures = itemFigures("2026-11", item);
        assertThat(figures.get("rated").asLong()).isEqualTo(1);
        assertThat(figures.get("levels").get(1).asLong()).isEqualTo(1);
        assertThat(figures.get("satisfactionRate").asDouble()).isEqualTo(100.0);
        assertThat(figures.toString()).doesNotContain("耐心");
    }

    @Test
    void a_visit_rated_from_eight_devices_at_once_is_rated_exactly_once() throws Exception {
        String code = visitCode(item());
        var body = MAPPER.writeValueAsString(Map.of("visitCode", code, "satisfaction", 5, "reasons", List.of(),
                "comment", "", "channel", "qr"));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request("POST", "/public/ratings/visits", null, JSON, body).status();
                }));
            }
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        }
    }

    @Test
    void a_bad_rating_without_reasons_or_text_is_refused_with_the_reason_in_chinese_and_english() {
        String code = visitCode(item());
        var body = Map.of("visitCode", code, "satisfaction", 2, "reasons", List.of(), "comment", "",
                "channel", "window");
        var zh = request("POST", "/public/ratings/visits", null, JSON, MAPPER.writeValueAsString(body),
                "Accept-Language", "zh-CN");
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.problemType()).isEqualTo("reasons-required-below-satisfied");
        assertThat(zh.json().get("detail").asString()).contains("不满意").contains("原因");
        var en = request("POST", "/public/ratings/visits", null, JSON, MAPPER.writeValueAsString(
                Map.of("visitCode", code, "satisfaction", 2, "reasons", List.of("inefficient"), "comment", "慢",
                        "channel", "window")), "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.problemType()).isEqualTo("text-required-below-satisfied");
        assertThat(en.json().get("detail").asString()).contains("written evaluation of 5–500 characters");
    }

    @Test
    void a_bad_rating_opens_a_rectification_due_in_15_working_days_across_national_day_announced_overdue_then_rectified() {
        MovedClock.CLOCK.set("2026-09-22T10:00");
        String item = item();
        var receipt = rate(visitCode(item), 1, List.of("repeated-visits", "inefficient"), "跑了三次才办成，材料一再补");
        String number = receipt.get("number").asString();
        assertThat(receipt.get("rectificationOpened").asBoolean()).isTrue();

        var view = get("/ratings/" + number, TRANSPORT).json();
        assertThat(view.get("state").asString()).isEqualTo("OPEN");
        // 15 working days from Tue 22 September: Mid-Autumn (25 Sep) and National Day (1–7 Oct) do not count, the
        // make-up Saturday 10 October does: the office's closing time on Tue 20 October
        assertThat(Instant.parse(view.get("rectificationDueAt").asString()))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-10-20T17:00+08:00").toInstant());

        try (var probe = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            MovedClock.CLOCK.set("2026-10-21T09:00");
            watch.roundWithoutLock();
            // the rating's id too: a kept broker may hold another test database's rating number
            String id = jdbc.sql("select id::text from hall_rating where number = ?").param(number)
                    .query(String.class).single();
            var overdue = probe.awaitRecord(r -> number.equals(r.key()) && r.value().contains(id)
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(overdue.value()).contains("\"service\":\"service-hall\"")
                    .contains("\"department\":\"D-TRANSPORT\"").contains("\"site\":\"GOV\"");
        }

        var refused = post("/ratings/" + number + "/rectification/rectified", TRANSPORT,
                Map.of("measures", "已优化材料清单并一次性告知"));
        assertThat(refused.problemType()).isEqualTo("rating-not-in-state");
        assertThat(post("/ratings/" + number + "/rectification/follow-up", TRANSPORT,
                Map.of("reached", true, "note", "电话回访，致歉并说明改进措施")).status()).isEqualTo(200);
        try (var probe = KafkaProbe.subscribe(RatingEvents.TOPIC)) {
            var rectified = post("/ratings/" + number + "/rectification/rectified", TRANSPORT,
                    Map.of("measures", "已优化材料清单并一次性告知"));
            assertThat(rectified.status()).as(rectified.body()).isEqualTo(200);
            assertThat(rectified.json().get("rectification").get("rectified").get("onTime").asBoolean()).isFalse();
            // completed late, on the bus without the measures' text (supervision counts it as rectified)
            var completed = probe.awaitRecord(r -> number.equals(r.key())
                    && RatingEvents.RectificationCompleted.TYPE.equals(KafkaProbe.header(r, "ce_type"))
                    && r.value().contains("\"completedAt\":\"2026-10-21T09:0"), Duration.ofSeconds(20));
            assertThat(completed.value()).contains("\"onTime\":false").contains("\"department\":\"D-TRANSPORT\"")
                    .contains("\"reopened\":0").doesNotContain("材料清单");
        }

        var figures = itemFigures("2026-09", item);
        assertThat(figures.get("bad").asLong()).isEqualTo(1);
        assertThat(figures.get("rectified").asLong()).isEqualTo(1);
        assertThat(figures.get("rectifiedOnTime").asLong()).isZero();

        // the supervisor finds it insufficient: open again with a fresh limit, then done in time and closed
        var supervisor = TestAccounts.supervisor();
        var reopened = post("/ratings/" + number + "/rectification/reopen", supervisor,
                Map.of("reason", "整改措施未落到实处"));
        assertThat(reopened.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(Instant.parse(reopened.json().get("rectificationDueAt").asString()))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-11-11T17:00+08:00").toInstant());
        post("/ratings/" + number + "/rectification/follow-up", TRANSPORT,
                Map.of("reached", true, "note", "再次回访，群众认可"));
        post("/ratings/" + number + "/rectification/rectified", TRANSPORT,
                Map.of("measures", "材料清单已上网公示，窗口一次性告知"));
        var closed = post("/ratings/" + number + "/rectification/close", supervisor,
                Map.of("note", "整改措施已落实"));
        assertThat(closed.json().get("state").asString()).isEqualTo("CLOSED");
        assertThat(itemFigures("2026-09", item).get("rectifiedOnTime").asLong()).isEqualTo(1);
        assertThat(jdbc.sql("select action from admin_audit_log where target_id = :n order by id")
                .param("n", number).query(String.class).list())
                .containsExactly("hall-rating.follow-up", "hall-rating.rectified",
                        "hall-rating.rectification-reopened", "hall-rating.follow-up", "hall-rating.rectified",
                        "hall-rating.rectification-closed");
    }

    @Test
    void an_upheld_appeal_removes_the_rating_from_the_statistics_and_a_rejected_one_does_not() {
        String item = item();
        String upheld = rate(visitCode(item), 1, List.of("other"), "乱评一通乱评一通").get("number").asString();
        String rejected = rate(visitCode(item), 2, List.of("poor-attitude"), "态度冷淡不耐烦").get("number").asString();
        for (String n : List.of(upheld, rejected)) {
            var appealed = post("/ratings/" + n + "/appeal", TRANSPORT,
                    Map.of("reason", "监控显示评价人未在窗口办理业务，属恶意评价"));
            assertThat(appealed.status()).as(appealed.body()).isEqualTo(200);
        }
        assertThat(post("/ratings/" + upheld + "/appeal", TRANSPORT, Map.of("reason", "再次申诉再次申诉"))
                .problemType()).isEqualTo("appeal-already-filed");
        var supervisor = TestAccounts.supervisor();
        assertThat(post("/ratings/" + upheld + "/appeal/decision", supervisor,
                Map.of("upheld", true, "comment", "经核实属恶意评价")).json().get("state").asString())
                .isEqualTo("EXCLUDED");
        assertThat(post("/ratings/" + rejected + "/appeal/decision", supervisor,
                Map.of("upheld", false, "comment", "评价有事实依据")).status()).isEqualTo(200);

        var figures = itemFigures("2026-11", item);
        assertThat(figures.get("rated").asLong()).isEqualTo(1);
        assertThat(figures.get("levels").get(3).asLong()).isEqualTo(1);
        var history = get("/ratings/" + upheld, supervisor).json().get("history");
        assertThat(history.toString()).contains("APPEALED").contains("APPEAL_UPHELD");
    }

    @Test
    void another_department_and_another_sites_supervisor_find_nothing() {
        String number = rate(visitCode(item()), 2, List.of("inefficient"), "排队两个小时").get("number").asString();
        assertThat(get("/ratings/" + number, TestAccounts.handler("D-ECOLOGY")).status()).isEqualTo(404);
        assertThat(post("/ratings/" + number + "/appeal", TestAccounts.handler("D-ECOLOGY"),
                Map.of("reason", "不是我们部门的评价")).status()).isEqualTo(404);
        var district = TestAccounts.atSite("DONGCHENG", null, "supervisor");
        assertThat(get("/ratings/" + number, district).status()).isEqualTo(404);
        assertThat(get("/ratings/rectifications?status=OPEN", district).body()).doesNotContain(number);
        var city = TestAccounts.atSite("GOV", null, "supervisor");
        assertThat(get("/ratings/" + number, city).status()).isEqualTo(200);
    }

    @Test
    void a_citys_figures_show_its_districts_side_by_side_and_a_district_only_its_own() {
        String item = item();
        var district = TestAccounts.handler("D-DONGCHENG-OFFICE");
        var visit = post("/visits", district, Map.of("window", "B01", "itemCode", item, "itemName", "居住证签注"));
        rate(visit.json().get("visitCode").asString(), 5, List.of(), "");

        var city = get("/public/ratings/statistics/2026-11?site=GOV&includeChildren=true", null).json();
        assertThat(StreamSupport.stream(city.get("bySite").spliterator(), false).map(f -> f.get("site").asString()))
                .containsExactly("GOV", "DONGCHENG", "XICHENG");
        assertThat(city.get("bySite").get(1).get("rated").asLong()).isPositive();
        assertThat(city.get("byItem").toString()).contains(item);
        assertThat(get("/public/ratings/statistics/2026-11?site=GOV&includeChildren=false", null).body())
                .doesNotContain(item);
        assertThat(get("/public/ratings/statistics/2026-11?site=XICHENG", null).body()).doesNotContain(item);
        assertThat(get("/public/ratings/statistics/2026-11?site=DONGCHENG", null).body()).contains(item);
    }

    @Test
    void an_application_that_does_not_exist_or_has_no_result_cannot_be_rated() {
        var r = post("/ratings/applications/1144010000000000020261116000001", TestAccounts.citizen(),
                Map.of("satisfaction", 5, "reasons", List.of(), "channel", "pc"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.problemType()).isEqualTo("ratable-application-not-found");
        assertThat(r.json().get("detail").asString()).contains("办结");
    }

    @Test
    void the_export_carries_the_national_exchange_fields_for_the_callers_sites() {
        MovedClock.CLOCK.set("2026-11-17T15:30");
        String item = item();
        String number = rate(visitCode(item), 2, List.of("unclear-materials", "repeated-visits"), "材料清单写得不清楚")
                .get("number").asString();
        var jsonl = get("/admin/ratings/export?from=2026-11-17&to=2026-11-17", TestAccounts.admin());
        assertThat(jsonl.status()).as(jsonl.body()).isEqualTo(200);
        JsonNode line = jsonl.body().lines().map(MAPPER::readTree)
                .filter(n -> number.equals(n.get("evaluationNo").asString())).findFirst().orElseThrow();
        assertThat(line.get("projectNo").asString()).isEqualTo(number);
        assertThat(line.get("taskCode").asString()).isEqualTo(item);
        assertThat(line.get("deptCode").asString()).isEqualTo("D-TRANSPORT");
        assertThat(line.get("pf").asInt()).isEqualTo(4);
        assertThat(line.get("satisfaction").asInt()).isEqualTo(2);
        assertThat(line.get("evalDetail").asString()).isEqualTo("repeated-visits,unclear-materials");
        assertThat(line.get("writingEvaluation").asString()).isEqualTo("材料清单写得不清楚");
        assertThat(line.get("assessTime").asString()).isEqualTo("2026-11-17 15:30:00");
        assertThat(line.get("assessNumber").asInt()).isEqualTo(1);

        var csv = get("/admin/ratings/export?from=2026-11-17&to=2026-11-17&format=csv", TestAccounts.supervisor());
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("projectNo,taskCode,taskHandleItem");
        assertThat(csv.body()).contains(number);
        assertThat(get("/admin/ratings/export?from=2026-11-17&to=2026-11-17",
                TestAccounts.atSite("XICHENG", null, "supervisor")).body()).doesNotContain(number);
        assertThat(get("/admin/ratings/export?from=2026-11-17&to=2026-11-17", TRANSPORT).status()).isEqualTo(403);
        assertThat(get("/admin/ratings/export?from=2026-11-17&to=2026-11-17",
                TestAccounts.atSite("GOV", null, "site-admin")).body()).contains(number);
        assertThat(get("/admin/ratings/export?from=2026-11-18&to=2026-11-17", TestAccounts.admin()).problemType())
                .isEqualTo("invalid-export-period");
    }
}
