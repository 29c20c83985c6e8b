package org.citizenhub.survey.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.citizenhub.survey.SurveyIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Surveys on the real servers: every question type and condition through HTTP, the three answer modes, quotas. */
@Import(SurveysIT.ClosedSurveys.class)
class SurveysIT extends SurveyIT {

    /** Every question type; "modes" shows when commute is car or bus, "reason" when modes include metro. */
    static final String QUESTIONNAIRE = """
            {"pages": [
              {"key": "travel", "title": "出行", "questions": [
                {"type": "single-choice", "key": "commute", "title": "您主要如何通勤？", "required": true,
                 "options": [{"key": "car", "label": "自驾"}, {"key": "bus", "label": "公交"}, {"key": "bike", "label": "骑行"}]},
                {"type": "multiple-choice", "key": "modes", "title": "还使用哪些方式？", "required": false,
                 "showWhen": {"type": "any-of", "questionKey": "commute", "optionKeys": ["car", "bus"]},
                 "options": [{"key": "metro", "label": "地铁"}, {"key": "taxi", "label": "出租车"}, {"key": "walk", "label": "步行"}],
                 "min": 1, "max": 2},
                {"type": "text", "key": "reason", "title": "为什么选择地铁？", "required": true,
                 "showWhen": {"type": "equals", "questionKey": "modes", "optionKey": "metro"},
                 "maxLength": 20, "multiline": false}]},
              {"key": "about", "title": "关于您", "questions": [
                {"type": "number", "key": "age", "title": "年龄", "required": false, "min": 0, "max": 120, "decimals": 0},
                {"type": "date", "key": "moved-in", "title": "入住日期", "required": false,
                 "earliest": "2000-01-01", "latest": "2026-12-31"},
                {"type": "rating-scale", "key": "satisfaction", "title": "满意度", "required": true, "from": 1, "to": 5,
                 "lowLabel": "非常不满意", "highLabel": "非常满意"},
                {"type": "matrix", "key": "services", "title": "各项服务", "required": false,
                 "rows": [{"key": "parks", "label": "公园"}, {"key": "roads", "label": "道路"}],
                 "columns": [{"key": "good", "label": "好"}, {"key": "poor", "label": "差"}], "multiplePerRow": false},
                {"type": "ranking", "key": "priorities", "title": "优先事项", "required": false,
                 "options": [{"key": "schools", "label": "学校"}, {"key": "clinics", "label": "诊所"}]},
                {"type": "file", "key": "photos", "title": "照片", "required": false, "maxFiles": 1}]}
            ]}
            """;

    /** The same without the file question: anonymous and invitation surveys take no files. */
    static final String WITHOUT_FILES = QUESTIONNAIRE.replaceAll(",\\s*\\{\"type\": \"file\"[^}]*}", "");

    static final String BY_BUS = """
            {"answers": {"commute": {"type": "single-choice", "optionKey": "bus"},
                         "modes": {"type": "multiple-choice", "optionKeys": ["metro"]},
                         "reason": {"type": "text", "text": "准时"},
                         "satisfaction": {"type": "rating-scale", "value": 4}}}
            """;

    static final String BY_CAR = """
            {"answers": {"commute": {"type": "single-choice", "optionKey": "car"},
                         "modes": {"type": "multiple-choice", "optionKeys": ["taxi"]},
                         "satisfaction": {"type": "rating-scale", "value": 2}}}
            """;

    static final String BY_BIKE = """
            {"answers": {"commute": {"type": "single-choice", "optionKey": "bike"},
                         "satisfaction": {"type": "rating-scale", "value": 5}}}
            """;

    @TestConfiguration
    static class ClosedSurveys {
        static final List<SurveyClosed> SEEN = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void closed(SurveyClosed closed) {
            SEEN.add(closed);
        }
    }

    @Autowired
    SurveyTimes times;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    private final Account owner = TestAccounts.handler("D-TRANSPORT");

    /** Created, published and open from 2026-11-16 10:00 to 2026-11-20 10:00 (Shanghai). */
    private String openSurvey(String mode, String questionnaire, String extra) {
        String body = "{\"title\": \"市民出行调查\", \"mode\": \"" + mode + "\"" + extra + ", \"questionnaire\": "
                + questionnaire + "}";
        String id = expect(request("POST", "/surveys", owner, JSON, body), 201).json().get("id").asString();
        assertThat(expect(post("/surveys/" + id + "/versions", owner, Map.of()), 201).json().get("version").asInt())
                .isEqualTo(1);
        expect(request("PUT", "/surveys/" + id + "/schedule", owner, JSON,
                "{\"opensAt\": \"2026-11-16T02:00:00Z\", \"closesAt\": \"2026-11-20T02:00:00Z\"}"), 200);
        return id;
    }

    private Response answer(String id, Account citizen, String body, String... headers) {
        return request("POST", "/surveys/" + id + "/responses", citizen, JSON, body, headers);
    }

    @Test
    void every_question_type_and_condition_is_checked_on_the_server_with_pointers_in_chinese_and_english() {
        String id = openSurvey("REAL_NAME", QUESTIONNAIRE, "");
        Account citizen = TestAccounts.citizen();

        var wrong = answer(id, citizen, """
                {"answers": {"commute": {"type": "single-choice", "optionKey": "plane"},
                             "modes": {"type": "multiple-choice", "optionKeys": ["metro", "taxi", "walk"]},
                             "age": {"type": "number", "value": 12.5},
                             "moved-in": {"type": "date", "date": "1999-01-01"},
                             "satisfaction": {"type": "rating-scale", "value": 9},
                             "services": {"type": "matrix", "rows": {"parks": ["good", "poor"]}},
                             "priorities": {"type": "ranking", "optionKeys": ["schools"]},
                             "photos": {"type": "text", "text": "照片"}}}
                """, "Accept-Language", "en");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.problemType()).isEqualTo("survey-invalid-answers");
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        // commute names no option, so modes (any-of car, bus) is hidden and must not be answered
        assertThat(errors(wrong)).containsExactly(
                "/answers/commute unknown-option", "/answers/modes hidden-question-answered",
                "/answers/age too-many-decimals", "/answers/moved-in date-too-early",
                "/answers/satisfaction scale-out-of-range", "/answers/services one-column-per-row",
                "/answers/priorities ranking-incomplete", "/answers/photos wrong-type");
        assertThat(wrong.json().get("errors").get(4).get("message").asString()).isEqualTo("Rate from 1 to 5.");

        var zh = answer(id, citizen, """
                {"answers": {"commute": {"type": "single-choice", "optionKey": "bus"},
                             "modes": {"type": "multiple-choice", "optionKeys": ["metro"]},
                             "satisfaction": {"type": "rating-scale", "value": 3}}}
                """, "Accept-Language", "zh-CN");
        assertThat(errors(zh)).containsExactly("/answers/reason required");
        assertThat(zh.json().get("errors").get(0).get("message").asString()).isEqualTo("此题为必答题。");
        assertThat(zh.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        String photo = expect(upload("/attachments", citizen, "路口.png", java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")),
                201).json().get("id").asString();
        var accepted = expect(answer(id, citizen, """
                {"answers": {"commute": {"type": "single-choice", "optionKey": "bus"},
                             "modes": {"type": "multiple-choice", "optionKeys": ["metro", "walk"]},
                             "reason": {"type": "text", "text": "准时"},
                             "age": {"type": "number", "value": 42},
                             "moved-in": {"type": "date", "date": "2015-06-01"},
                             "satisfaction": {"type": "rating-scale", "value": 4},
                             "services": {"type": "matrix", "rows": {"parks": ["good"], "roads": ["poor"]}},
                             "priorities": {"type": "ranking", "optionKeys": ["clinics", "schools"]},
                             "photos": {"type": "file", "attachmentIds": ["%s"]}}}
                """.formatted(photo)), 201);
        assertThat(accepted.json().get("mode").asString()).isEqualTo("REAL_NAME");
        String stored = jdbc.sql("select answers::text from survey_response where id = :id")
                .param("id", UUID.fromString(accepted.json().get("responseId").asString())).query(String.class).single();
        assertThat(MAPPER.readTree(stored).at("/moved-in/date").asString()).isEqualTo("2015-06-01");
        assertThat(MAPPER.readTree(stored).at("/services/rows/roads/0").asString()).isEqualTo("poor");
    }

    private static List<String> errors(Response r) {
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("pointer").asString() + " " + e.get("code").asString()));
        return out;
    }

    @Test
    void a_real_name_answer_is_given_once_and_changed_until_the_survey_closes() {
        String id = openSurvey("REAL_NAME", WITHOUT_FILES, "");
        Account citizen = TestAccounts.citizen();
        expect(get("/surveys/" + id + "/responses/mine", citizen), 404);
        expect(answer(id, citizen, BY_BUS), 201);
        var again = answer(id, citizen, BY_BIKE);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("survey-already-answered");

        MovedClock.CLOCK.set("2026-11-17T09:00");
        var changed = expect(request("PUT", "/surveys/" + id + "/responses/mine", citizen, JSON, BY_BIKE), 200).json();
        assertThat(changed.at("/answers/commute/optionKey").asString()).isEqualTo("bike");
        assertThat(changed.get("updatedAt").asString()).startsWith("2026-11-17T09:00");
        assertThat(expect(get("/surveys/" + id + "/responses/mine", citizen), 200).json()
                .at("/answers/reason").isMissingNode()).isTrue();

        MovedClock.CLOCK.set("2026-11-20T10:00");
        var late = request("PUT", "/surveys/" + id + "/responses/mine", citizen, JSON, BY_BUS);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("survey-answers-only-while-open");
    }

    @Test
    void one_identity_submitting_many_times_at_once_gets_exactly_one_answer_in() throws Exception {
        for (String mode : List.of("REAL_NAME", "ANONYMOUS")) {
            String id = openSurvey(mode, WITHOUT_FILES, "");
            Account citizen = TestAccounts.citizen();
            try (var pool = Executors.newFixedThreadPool(6)) {
                var start = new CountDownLatch(1);
                var answers = new ArrayList<Future<Integer>>();
                for (int i = 0; i < 6; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return answer(id, citizen, BY_BUS).status();
                    }));
                }
                start.countDown();
                var statuses = new ArrayList<Integer>();
                for (var a : answers) {
                    statuses.add(a.get());
                }
                assertThat(statuses).as(mode).containsOnlyOnce(201).containsOnly(201, 409);
            }
            assertThat(expect(get("/surveys/" + id, owner), 200).json().get("responses").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anonymous_answers_cannot_be_joined_to_their_participation_once_mixed() {
        String id = openSurvey("ANONYMOUS", WITHOUT_FILES, "");
        UUID survey = UUID.fromString(id);
        for (int i = 0; i < 4; i++) {
            var r = expect(answer(id, TestAccounts.citizen(), i % 2 == 0 ? BY_BUS : BY_BIKE), 201).json();
            assertThat(r.get("responseId").isNull()).isTrue();
        }
        Account again = TestAccounts.citizen();
        expect(answer(id, again, BY_CAR), 201);
        assertThat(answer(id, again, BY_BIKE).problemType()).isEqualTo("survey-already-answered");
        assertThat(get("/surveys/" + id + "/responses/mine", again).problemType())
                .isEqualTo("survey-wrong-answer-mode");

        // while pooled, an answer shares its transaction id with its participation: that is why the pool exists
        assertThat(xminJoins("survey_anonymous_pool", survey)).isEqualTo(5);

        times.run();
        assertThat(count("survey_anonymous_pool", survey)).isZero();
        assertThat(count("survey_response", survey)).isEqualTo(5);
        assertThat(count("survey_participation", survey)).isEqualTo(5);
        assertThat(xminJoins("survey_response", survey)).isZero();
        // no column but the survey's own id in common, and nothing finer than a day on an anonymous answer
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns where table_name = 'survey_participation'
                intersect
                select column_name from information_schema.columns where table_name = 'survey_response'
                """).query(String.class).list()).containsExactly("survey_id");
        assertThat(jdbc.sql("""
                select count(*) from survey_response where survey_id = :s
                   and (respondent is not null or submitted_at is not null or updated_at is not null)
                """).param("s", survey).query(Integer.class).single()).isZero();
        assertThat(expect(get("/surveys/" + id, owner), 200).json().get("responses").asInt()).isEqualTo(5);

        // one more waits alone in the pool; at the closing time everything is mixed and the closing announced
        expect(answer(id, TestAccounts.citizen(), BY_BIKE), 201);
        times.run();
        assertThat(count("survey_anonymous_pool", survey)).isEqualTo(1);
        assertThat(expect(get("/surveys/" + id, owner), 200).json().get("responses").asInt()).isEqualTo(6);
        MovedClock.CLOCK.set("2026-11-20T10:00");
        try (var probe = KafkaProbe.subscribe(SurveyEvents.TOPIC)) {
            times.run();
            var closed = probe.awaitRecord(r -> id.equals(r.key())
                    && SurveyEvents.Closed.TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(closed.value()).contains("\"responses\":6", "\"closedEarly\":false",
                    "\"mode\":\"ANONYMOUS\"");
        }
        assertThat(count("survey_anonymous_pool", survey)).isZero();
        assertThat(count("survey_response", survey)).isEqualTo(6);
        assertThat(xminJoins("survey_response", survey)).isZero();
    }

    private int xminJoins(String answers, UUID survey) {
        return jdbc.sql("select count(*) from survey_participation p join " + answers
                        + " a on a.xmin = p.xmin where p.survey_id = :s and a.survey_id = :s")
                .param("s", survey).query(Integer.class).single();
    }

    private int count(String table, UUID survey) {
        return jdbc.sql("select count(*) from " + table + " where survey_id = :s").param("s", survey)
                .query(Integer.class).single();
    }

    @Test
    void an_invitation_token_answers_once_without_signing_in() {
        String id = openSurvey("INVITATION", WITHOUT_FILES, "");
        var tokens = expect(post("/surveys/" + id + "/invitations", owner, Map.of("count", 2)), 201).json()
                .get("tokens");
        assertThat(tokens).hasSize(2);
        String path = "/public/surveys/" + id + "/invitations/responses";
        String token = tokens.get(0).asString();

        expect(request("POST", path, null, JSON, BY_BUS, "Invitation-Token", token), 201);
        var twice = request("POST", path, null, JSON, BY_BIKE, "Invitation-Token", token);
        assertThat(twice.status()).isEqualTo(403);
        assertThat(twice.problemType()).isEqualTo("survey-invitation-invalid");
        assertThat(request("POST", path, null, JSON, BY_BUS, "Invitation-Token", "guessed").status()).isEqualTo(403);
        assertThat(answer(id, TestAccounts.citizen(), BY_BUS).problemType()).isEqualTo("survey-wrong-answer-mode");
        expect(request("POST", path, null, JSON, BY_CAR, "Invitation-Token", tokens.get(1).asString()), 201);
        JsonNode view = expect(get("/surveys/" + id, owner), 200).json();
        assertThat(view.get("responses").asInt()).isEqualTo(2);
        assertThat(view.at("/invitations/used").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from survey_invitation where survey_id = :s and token_hash = :t")
                .param("s", UUID.fromString(id)).param("t", token.getBytes()).query(Integer.class).single()).isZero();
    }

    @Test
    void a_full_stop_quota_refuses_a_full_warn_quota_flags_and_the_closing_is_announced() {
        String body = "{\"title\": \"配额调查\", \"mode\": \"REAL_NAME\", \"maxResponses\": 10, \"questionnaire\": "
                + WITHOUT_FILES + "}";
        String id = expect(request("POST", "/surveys", owner, JSON, body), 201).json().get("id").asString();
        expect(request("PUT", "/surveys/" + id + "/quotas", owner, JSON, """
                {"quotas": [
                  {"key": "bus-riders", "title": "公交通勤者", "limit": 1, "action": "STOP",
                   "condition": {"type": "equals", "questionKey": "commute", "optionKey": "bus"}},
                  {"key": "drivers", "title": "自驾者", "limit": 1, "action": "WARN",
                   "condition": {"type": "equals", "questionKey": "commute", "optionKey": "car"}}]}
                """), 200);
        var badQuota = request("PUT", "/surveys/" + id + "/quotas", owner, JSON, """
                {"quotas": [{"key": "x", "title": "x", "limit": 1, "action": "STOP",
                             "condition": {"type": "equals", "questionKey": "commute", "optionKey": "plane"}}]}
                """);
        assertThat(badQuota.status()).isEqualTo(400);
        assertThat(errors(badQuota)).containsExactly("/quotas/0/condition condition-unknown-option");
        expect(post("/surveys/" + id + "/versions", owner, Map.of()), 201);

        try (var probe = KafkaProbe.subscribe(SurveyEvents.TOPIC)) {
            expect(request("PUT", "/surveys/" + id + "/schedule", owner, JSON,
                    "{\"opensAt\": \"2026-11-16T03:00:00Z\", \"closesAt\": \"2026-11-20T02:00:00Z\"}"), 200);
            assertThat(answer(id, TestAccounts.citizen(), BY_BUS).problemType())
                    .isEqualTo("survey-answers-only-while-open");
            MovedClock.CLOCK.set("2026-11-16T11:00");
            times.run();
            var opened = probe.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaProbe.header(opened, "ce_type")).isEqualTo(SurveyEvents.Opened.TYPE);
            assertThat(opened.value()).contains("\"version\":1", "\"mode\":\"REAL_NAME\"");

            expect(answer(id, TestAccounts.citizen(), BY_BUS), 201);
            var full = answer(id, TestAccounts.citizen(), BY_BUS, "Accept-Language", "zh-CN");
            assertThat(full.status()).isEqualTo(409);
            assertThat(full.problemType()).isEqualTo("survey-quota-full");
            assertThat(full.json().get("detail").asString()).contains("bus-riders");
            expect(answer(id, TestAccounts.citizen(), BY_CAR), 201);
            Account driver = TestAccounts.citizen();
            expect(answer(id, driver, BY_CAR), 201);
            // a changed answer moves between quotas: into the full STOP quota it may not, out of WARN it may
            assertThat(request("PUT", "/surveys/" + id + "/responses/mine", driver, JSON, BY_BUS).problemType())
                    .isEqualTo("survey-quota-full");
            expect(request("PUT", "/surveys/" + id + "/responses/mine", driver, JSON, BY_BIKE), 200);
            expect(request("PUT", "/surveys/" + id + "/responses/mine", driver, JSON, BY_CAR), 200);
            JsonNode view = expect(get("/surveys/" + id, owner), 200).json();
            assertThat(view.get("responses").asInt()).isEqualTo(3);
            assertThat(view.get("warnedResponses").asInt()).isEqualTo(1);
            assertThat(view.get("accepted").asInt()).isEqualTo(3);
            assertThat(view.get("quotas").findValuesAsString("key")).containsExactly("bus-riders", "drivers");
            assertThat(view.at("/quotas/1/filled").asInt()).isEqualTo(2);

            expect(post("/surveys/" + id + "/close", TestAccounts.handler("D-ECOLOGY"), Map.of()), 403);
            expect(post("/surveys/" + id + "/close", owner, Map.of()), 200);
            var closed = probe.awaitRecord(r -> id.equals(r.key())
                    && SurveyEvents.Closed.TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(closed.value()).contains("\"responses\":3", "\"warnedQuotas\":[\"drivers\"]",
                    "\"closedEarly\":true").doesNotContain("citizen");
        }
        assertThat(ClosedSurveys.SEEN).anyMatch(c -> c.surveyId().toString().equals(id) && c.responses() == 3);
        assertThat(answer(id, TestAccounts.citizen(), BY_BIKE).problemType())
                .isEqualTo("survey-answers-only-while-open");
        // the scheduler does not announce it a second time
        assertThat(surveys.announce(UUID.fromString(id), MovedClock.CLOCK.instant())).isZero();
    }

    @Test
    void the_demo_surveys_of_gov_and_dongcheng_fit_their_own_rules() {
        for (var site : List.of("GOV", "DONGCHENG")) {
            var listed = expect(get("/public/surveys?site=" + site + "&includeChildren=false", null), 200).json();
            assertThat(listed.findValues("survey").stream().map(s -> s.get("site").asString())).containsOnly(site);
        }
        var demo = expect(get("/public/surveys/5a1e0000-0000-4000-8000-000000000001?site=GOV", null), 200).json();
        var questionnaire = MAPPER.treeToValue(demo.get("questionnaire"),
                org.citizenhub.survey.surveys.questionnaire.Questionnaire.class);
        assertThat(questionnaire.defects()).isEmpty();
        assertThat(questionnaire.questions()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void the_public_sees_published_surveys_of_its_site_and_staff_their_own_scope() {
        String id = openSurvey("REAL_NAME", WITHOUT_FILES, "");
        JsonNode view = expect(get("/public/surveys/" + id + "?site=GOV", null), 200).json();
        assertThat(view.get("status").asString()).isEqualTo("OPEN");
        assertThat(view.at("/survey/phase/type").asString()).isEqualTo("scheduled");
        assertThat(view.at("/survey/phase/closesAt").asString()).isEqualTo("2026-11-20T10:00:00+08:00");
        assertThat(view.at("/questionnaire/pages/0/questions/1/showWhen/type").asString()).isEqualTo("any-of");
        assertThat(expect(get("/public/surveys?site=GOV", null), 200).json().findValuesAsString("id"))
                .isNotNull();
        expect(get("/public/surveys/" + id + "?site=DONGCHENG", null), 404);

        expect(get("/surveys/" + id, TestAccounts.handler("D-ECOLOGY")), 403);
        expect(get("/surveys/" + id, TestAccounts.supervisor()), 200);
        expect(get("/surveys/" + id, TestAccounts.atSite("XICHENG", "D-XICHENG-OFFICE", "site-admin")), 403);
        assertThat(expect(get("/surveys", owner), 200).json().findValues("survey").stream()
                .map(s -> s.get("id").asString())).contains(id);
        assertThat(expect(get("/surveys", TestAccounts.handler("D-ECOLOGY")), 200).json().findValues("survey")
                .stream().map(s -> s.get("id").asString())).doesNotContain(id);

        // a published version never changes; a new draft becomes version 2
        var v2 = expect(request("PUT", "/surveys/" + id + "/questionnaire", owner, JSON,
                "{\"questionnaire\": " + WITHOUT_FILES + "}"), 200).json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        var later = request("PUT", "/surveys/" + id + "/questionnaire", owner, JSON, """
                {"questionnaire": {"pages": [{"key": "p", "title": "p", "questions": [
                  {"type": "text", "key": "first", "title": "t", "required": false, "maxLength": 10, "multiline": false,
                   "showWhen": {"type": "answered", "questionKey": "second"}},
                  {"type": "text", "key": "second", "title": "t", "required": false, "maxLength": 10, "multiline": false}]}]}}
                """, "Accept-Language", "en");
        assertThat(later.problemType()).isEqualTo("survey-invalid-questionnaire");
        assertThat(errors(later)).containsExactly(
                "/questionnaire/pages/0/questions/0/showWhen condition-refers-to-earlier-question");
        assertThat(later.json().at("/errors/0/message").asString()).contains("placed before it");
    }
}
