package org.citizenhub.survey.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citizenhub.survey.SurveyIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The results on the real servers: a survey answered through HTTP, its live results and cross-tab for staff, the
 * owner's choice of published questions, the closing that freezes and publishes them (event on Kafka), the public
 * JSON and HTML, and the exports read back by a CSV parser and by POI.
 */
class SurveyResultsIT extends SurveyIT {

    private static final TestAccounts.Account OWNER = TestAccounts.handler("D-TRANSPORT");

    @Autowired
    PublishAtClosing publishAtClosing;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> option(String key, String label) {
        return Map.of("key", key, "label", label);
    }

    private static Map<String, Object> questionnaire() {
        return Map.of("pages", List.of(Map.of("key", "p1", "title", "出行", "questions", List.of(
                Map.of("type", "single-choice", "key", "commute", "title", "您主要如何通勤？", "required", true,
                        "options", List.of(option("car", "小汽车"), option("bus", "公交"), option("bike", "自行车"))),
                Map.of("type", "multiple-choice", "key", "modes", "title", "您还使用哪些交通方式？", "required", false,
                        "options", List.of(option("metro", "地铁"), option("taxi", "出租车"), option("walk", "步行")),
                        "min", 1, "max", 3),
                Map.of("type", "rating-scale", "key", "satisfaction", "title", "您对公共交通的满意度", "required", true,
                        "from", 1, "to", 5, "lowLabel", "非常不满意", "highLabel", "非常满意"),
                Map.of("type", "text", "key", "remarks", "title", "其他意见", "required", false, "maxLength", 500,
                        "multiline", true)))));
    }

    /** A real-name survey of D-TRANSPORT on GOV, open from 10:30 today until Friday 10:00 (Shanghai). */
    private String openSurvey(String title) {
        String id = expect(post("/surveys", OWNER, Map.of("ownerDepartment", "D-TRANSPORT", "title", title,
                "mode", "REAL_NAME",
                "questionnaire", questionnaire())), 201).json().get("id").asString();
        expect(post("/surveys/" + id + "/versions", OWNER, Map.of()), 201);
        expect(request("PUT", "/surveys/" + id + "/schedule", OWNER, JSON, MAPPER.writeValueAsString(Map.of(
                "opensAt", "2026-11-16T02:30:00Z", "closesAt", "2026-11-20T02:00:00Z"))), 200);
        MovedClock.CLOCK.set("2026-11-16T11:00");
        return id;
    }

    private void answer(String id, Map<String, Object> answers) {
        expect(post("/surveys/" + id + "/responses", TestAccounts.citizen(), Map.of("answers", answers)), 201);
    }

    private static Map<String, Object> chosen(String key) {
        return Map.of("type", "single-choice", "optionKey", key);
    }

    private static Map<String, Object> scale(int v) {
        return Map.of("type", "rating-scale", "value", v);
    }

    /** bus+metro/walk 4 (a remark with a mobile number), bus+metro 5, car+taxi 2 (a remark like a formula), bike 4. */
    private void fourAnswers(String id) {
        answer(id, Map.of("commute", chosen("bus"), "modes", Map.of("type", "multiple-choice", "optionKeys",
                        List.of("metro", "walk")), "satisfaction", scale(4),
                "remarks", Map.of("type", "text", "text", "早高峰太挤，请打我电话13812345678")));
        answer(id, Map.of("commute", chosen("bus"), "modes", Map.of("type", "multiple-choice", "optionKeys",
                List.of("metro")), "satisfaction", scale(5)));
        answer(id, Map.of("commute", chosen("car"), "modes", Map.of("type", "multiple-choice", "optionKeys",
                        List.of("taxi")), "satisfaction", scale(2),
                "remarks", Map.of("type", "text", "text", "=HYPERLINK(\"http://evil.example\",\"点我\")")));
        answer(id, Map.of("commute", chosen("bike"), "satisfaction", scale(4)));
    }

    private static JsonNode question(JsonNode results, String key) {
        for (JsonNode q : results.get("questions")) {
            if (q.get("key").asString().equals(key)) {
                return q;
            }
        }
        throw new AssertionError("no question " + key + " in " + results);
    }

    private byte[] download(String path, TestAccounts.Account who) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).header("Authorization", who.bearer())
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    private long audited(String id, String action) {
        return jdbc.sql("select count(*) from admin_audit_log where target_id = ? and action = ?")
                .params(id, action).query(Long.class).single();
    }

    @Test
    void staff_see_live_results_choose_what_is_published_and_the_closing_publishes_them_frozen_with_charts() {
        String id = openSurvey("市民出行调查");
        fourAnswers(id);

        // live, for the owner's department: hand-computed
        JsonNode live = expect(get("/surveys/" + id + "/results", OWNER), 200).json();
        assertThat(live.get("phase").asString()).isEqualTo("LIVE");
        JsonNode results = live.get("results");
        assertThat(results.get("responses").asLong()).isEqualTo(4);
        JsonNode commute = question(results, "commute");
        assertThat(commute.get("answered").asLong()).isEqualTo(4);
        assertThat(commute.get("options").get(1).get("key").asString()).isEqualTo("bus");
        assertThat(commute.get("options").get(1).get("count").asLong()).isEqualTo(2);
        assertThat(commute.get("options").get(1).get("percent").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode modes = question(results, "modes");
        assertThat(modes.get("answered").asLong()).isEqualTo(3);
        assertThat(modes.get("options").get(0).get("percent").decimalValue()).isEqualByComparingTo("66.7");
        JsonNode satisfaction = question(results, "satisfaction");
        assertThat(satisfaction.get("mean").decimalValue()).isEqualByComparingTo("3.75");
        assertThat(satisfaction.get("distribution").get(3).get("count").asLong()).isEqualTo(2);
        JsonNode remarks = question(results, "remarks");
        assertThat(remarks.get("kind").asString()).isEqualTo("answered");
        assertThat(remarks.get("answered").asLong()).isEqualTo(2);
        assertThat(live.toString()).doesNotContain("13812345678");

        // a supervisor reads the cross-tab: bus commuters rated 4 and 5
        JsonNode tab = expect(get("/surveys/" + id + "/results/cross-tab?rows=commute&columns=satisfaction",
                TestAccounts.supervisor()), 200).json();
        assertThat(tab.get("responses").asLong()).isEqualTo(4);
        assertThat(tab.get("counts").get(1).toString()).isEqualTo("[0,0,0,1,1]");
        assertThat(expect(get("/surveys/" + id + "/results/cross-tab?rows=commute&columns=remarks", OWNER), 400)
                .problemType()).isEqualTo("not-cross-tabulable");

        // other departments and citizens see nothing
        assertThat(expect(get("/surveys/" + id + "/results", TestAccounts.handler("D-ECOLOGY")), 404).problemType())
                .isEqualTo("survey-results-not-found");
        expect(get("/surveys/" + id + "/results", TestAccounts.citizen()), 403);
        expect(get("/surveys/" + id + "/results", TestAccounts.atSite("DONGCHENG", null, "supervisor")), 404);
        assertThat(expect(get("/surveys/" + id + "/results", TestAccounts.atSite("DONGCHENG", null, "site-admin")),
                403).problemType()).isEqualTo("outside-site");
        expect(get("/surveys/" + id + "/results", TestAccounts.atSite("GOV", null, "site-admin")), 200);

        // the owner publishes three questions; a supervisor reads but does not decide
        var choice = Map.of("questions", List.of("commute", "satisfaction", "remarks"));
        expect(request("PUT", "/surveys/" + id + "/results/publication", TestAccounts.supervisor(), JSON,
                MAPPER.writeValueAsString(choice)), 403);
        assertThat(expect(request("PUT", "/surveys/" + id + "/results/publication", OWNER, JSON,
                MAPPER.writeValueAsString(Map.of("questions", List.of("commute", "salary")))), 400).problemType())
                .isEqualTo("results-unknown-question");
        expect(request("PUT", "/surveys/" + id + "/results/publication", OWNER, JSON,
                MAPPER.writeValueAsString(choice)), 200);
        assertThat(audited(id, "survey.results.publication-chosen")).isEqualTo(1);
        expect(get("/public/surveys/" + id + "/results?site=GOV", null), 404); // not before closing
        assertThat(expect(get("/public/surveys/" + id + "/results.html?site=GOV", null, "Accept", "text/html"), 404)
                .problemType()).isEqualTo("survey-results-not-found");

        // the owner closes it early: the closing event publishes them, once, frozen
        try (var probe = KafkaProbe.subscribe(ResultsEvents.TOPIC)) {
            expect(post("/surveys/" + id + "/close", OWNER, Map.of()), 200);
            var event = probe.awaitRecord(r -> id.equals(r.key())
                    && ResultsEvents.ResultsPublished.TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(event.value()).contains("\"responses\":4", "\"publishedQuestions\":[\"commute\",\"satisfaction\",\"remarks\"]")
                    .doesNotContain("13812345678");
        }
        assertThat(audited(id, "survey.results.published")).isEqualTo(1);
        publishAtClosing.publishClosed(); // the safety round finds nothing left to do for it
        assertThat(audited(id, "survey.results.published")).isEqualTo(1);
        assertThat(expect(request("PUT", "/surveys/" + id + "/results/publication", OWNER, JSON,
                MAPPER.writeValueAsString(choice)), 409).problemType()).isEqualTo("publication-choice-closed");
        assertThat(expect(get("/surveys/" + id + "/results", OWNER), 200).json().get("phase").asString())
                .isEqualTo("PUBLISHED");

        // the public: only the chosen questions, free text as its number only
        var published = expect(get("/public/surveys/" + id + "/results?site=GOV", null), 200);
        JsonNode pub = published.json();
        List<String> keys = new ArrayList<>();
        pub.get("questions").forEach(q -> keys.add(q.get("key").asString()));
        assertThat(keys).containsExactly("commute", "satisfaction", "remarks");
        assertThat(pub.get("responses").asLong()).isEqualTo(4);
        assertThat(question(pub, "satisfaction").get("mean").decimalValue()).isEqualByComparingTo("3.75");
        assertThat(question(pub, "remarks").get("answered").asLong()).isEqualTo(2);
        assertThat(published.body()).doesNotContain("13812345678", "早高峰", "HYPERLINK", "地铁");
        expect(get("/public/surveys/" + id + "/results?site=DONGCHENG", null), 404);

        var html = expect(get("/public/surveys/" + id + "/results.html?site=GOV", null), 200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html.body()).contains("<html lang=\"zh-CN\"", "市民出行调查", "<svg", "role=\"img\"",
                "<title id=\"q1-title\">您主要如何通勤？</title>", "公交: 2 (50.0%)", "3.75", "@media print")
                .doesNotContain("<script", "13812345678", "地铁");
        var english = expect(get("/public/surveys/" + id + "/results.html?site=GOV", null, "Accept-Language", "en"), 200);
        assertThat(english.body()).contains("<html lang=\"en\"", "Responses");
    }

    @Test
    void exports_name_no_respondent_and_read_back_with_a_csv_parser_and_with_poi() throws Exception {
        String id = openSurvey("出行调查导出");
        fourAnswers(id);

        byte[] csv = download("/surveys/" + id + "/export?format=csv", OWNER);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.getFirst().getParser().getHeaderNames()).contains("#", "commute 您主要如何通勤？",
                "modes[metro] 您还使用哪些交通方式？ / 地铁", "satisfaction 您对公共交通的满意度", "remarks 其他意见");
        List<String> commutes = records.stream().map(r -> r.get("commute 您主要如何通勤？")).sorted().toList();
        assertThat(commutes).containsExactly("公交", "公交", "小汽车", "自行车");
        List<String> remarks = records.stream().map(r -> r.get("remarks 其他意见")).filter(s -> !s.isEmpty()).toList();
        assertThat(remarks).hasSize(2).anySatisfy(s -> assertThat(s).startsWith("'=HYPERLINK("))
                .anySatisfy(s -> assertThat(s).startsWith("早高峰太挤").doesNotContain("13812345678"));
        assertThat(records.stream().mapToInt(r -> Integer.parseInt(r.get("satisfaction 您对公共交通的满意度"))).sum())
                .isEqualTo(15);
        assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");

        byte[] xlsx = download("/surveys/" + id + "/export?format=xlsx", OWNER);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var answers = book.getSheetAt(0);
            assertThat(answers.getLastRowNum()).isEqualTo(4);
            int satisfaction = -1;
            for (var cell : answers.getRow(0)) {
                if (cell.getStringCellValue().startsWith("satisfaction ")) {
                    satisfaction = cell.getColumnIndex();
                }
            }
            double sum = 0;
            for (int r = 1; r <= 4; r++) {
                var cell = answers.getRow(r).getCell(satisfaction);
                assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                sum += cell.getNumericCellValue();
            }
            assertThat(sum).isEqualTo(15.0);
            var results = book.getSheet("结果 Results");
            boolean busFound = false;
            for (var row : results) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("commute")
                        && row.getCell(4).getStringCellValue().equals("公交")) {
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2.0);
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(50.0);
                    busFound = true;
                }
            }
            assertThat(busFound).isTrue();
        }

        JsonNode json = MAPPER.readTree(download("/surveys/" + id + "/export?format=json", OWNER));
        assertThat(json.get("results").get("responses").asLong()).isEqualTo(4);
        assertThat(json.get("answers").get("rows").size()).isEqualTo(4);
        assertThat(json.toString()).doesNotContain("13812345678");

        assertThat(expect(get("/surveys/" + id + "/export?format=sav", OWNER), 400).problemType())
                .isEqualTo("unknown-export-format");
        expect(get("/surveys/" + id + "/export?format=csv", TestAccounts.handler("D-ECOLOGY")), 404);
        assertThat(audited(id, "survey.results.exported")).isEqualTo(3);
    }

    @Test
    void a_closing_whose_event_was_missed_is_published_by_the_safety_round_once_with_every_question() {
        String id = openSurvey("错过关闭事件的调查");
        answer(id, Map.of("commute", chosen("bike"), "satisfaction", scale(3),
                "remarks", Map.of("type", "text", "text", "自行车道不够")));
        // nobody announces the closing (the closing job has not run): the clock passes closesAt
        MovedClock.CLOCK.set("2026-11-20T10:05");
        assertThat(publishAtClosing.publishClosed()).isPositive();
        assertThat(audited(id, "survey.results.published")).isEqualTo(1);
        publishAtClosing.publishClosed();
        assertThat(audited(id, "survey.results.published")).isEqualTo(1);

        var published = expect(get("/public/surveys/" + id + "/results?site=GOV", null), 200);
        List<String> keys = new ArrayList<>();
        published.json().get("questions").forEach(q -> keys.add(q.get("key").asString()));
        assertThat(keys).containsExactly("commute", "modes", "satisfaction", "remarks"); // no choice: all
        assertThat(question(published.json(), "satisfaction").get("mean").decimalValue()).isEqualByComparingTo("3");
        assertThat(published.body()).doesNotContain("自行车道不够");
    }
}
