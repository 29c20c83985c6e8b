package org.citizenhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The surveys benchmark's questionnaire and answers, checked against the rules of survey-service's
 * {@code docs/surveys.md} by an independent reading of the questionnaire JSON, so that a 4xx under load is never the
 * generator's fault.
 */
class PopularSurveyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");

    private final JsonNode questionnaire = JSON.readTree(PopularSurvey.questionnaireJson());

    @Test
    void every_drawn_answer_set_is_valid_against_the_questionnaire() {
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < 5_000; i++) {
            String body = PopularSurvey.answersBody(random);
            assertThat(violations(questionnaire, JSON.readTree(body).path("answers"))).as(body).isEmpty();
        }
    }

    @Test
    void the_answers_spread_over_every_option_and_leave_the_hidden_question_out() {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Set<String>> chosen = new HashMap<>();
        Set<Integer> improvementCounts = new HashSet<>();
        Set<Integer> ratings = new HashSet<>();
        int suggestions = 0;
        int draws = 3_000;
        for (int i = 0; i < draws; i++) {
            JsonNode answers = JSON.readTree(PopularSurvey.answersBody(random)).path("answers");
            for (String key : List.of("commute", "wait", "frequency")) {
                if (answers.has(key)) {
                    chosen.computeIfAbsent(key, k -> new HashSet<>())
                            .add(answers.path(key).path("optionKey").asString());
                }
            }
            boolean publicTransport = PopularSurvey.PUBLIC_TRANSPORT.contains(
                    answers.path("commute").path("optionKey").asString());
            assertThat(answers.has("wait")).isEqualTo(publicTransport);
            improvementCounts.add(answers.path("improvements").path("optionKeys").size());
            ratings.add(answers.path("satisfaction").path("value").asInt());
            suggestions += answers.has("suggestion") ? 1 : 0;
        }

        assertThat(chosen.get("commute")).hasSize(PopularSurvey.COMMUTE.size());
        assertThat(chosen.get("wait")).hasSize(PopularSurvey.WAIT.size());
        assertThat(chosen.get("frequency")).hasSize(PopularSurvey.FREQUENCY.size());
        assertThat(improvementCounts).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(ratings).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(suggestions).isBetween((int) (draws * 0.25), (int) (draws * 0.35));
    }

    @Test
    void the_questionnaire_has_the_documented_shape_and_its_condition_looks_back() {
        List<String> seen = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode page : questionnaire.path("pages")) {
            assertThat(page.path("key").asString()).matches(KEY);
            for (JsonNode q : page.path("questions")) {
                String key = q.path("key").asString();
                assertThat(key).matches(KEY);
                assertThat(seen).doesNotContain(key);
                JsonNode condition = q.path("showWhen");
                if (!condition.isMissingNode()) {
                    assertThat(seen).contains(condition.path("questionKey").asString());
                }
                q.path("options").forEach(o -> assertThat(o.path("key").asString()).matches(KEY));
                seen.add(key);
                types.add(q.path("type").asString());
            }
        }
        assertThat(types).containsExactly("single-choice", "single-choice", "single-choice", "multiple-choice",
                "rating-scale", "text");
        assertThat(questionnaire.at("/pages/1/questions/2/required").asBoolean(true)).isFalse();

        JsonNode create = JSON.readTree(PopularSurvey.createBody("ANONYMOUS", "run-1", null));
        assertThat(create.path("mode").asString()).isEqualTo("ANONYMOUS");
        assertThat(create.path("ownerDepartment").asString()).isEqualTo("D-TRANSPORT");
        assertThat(create.path("title").asString()).endsWith("run-1");
        assertThat(create.path("questionnaire")).isEqualTo(questionnaire);
        assertThat(create.has("maxResponses")).isFalse();
        assertThat(JSON.readTree(PopularSurvey.createBody("REAL_NAME", "run-2", 1_000_000)).path("maxResponses")
                .asInt()).isEqualTo(1_000_000);
    }

    @Test
    void the_check_itself_refuses_what_the_service_would() {
        String valid = "{\"commute\":{\"type\":\"single-choice\",\"optionKey\":\"car\"},"
                + "\"frequency\":{\"type\":\"single-choice\",\"optionKey\":\"daily\"},"
                + "\"improvements\":{\"type\":\"multiple-choice\",\"optionKeys\":[\"night\"]},"
                + "\"satisfaction\":{\"type\":\"rating-scale\",\"value\":3}}";
        assertThat(violations(questionnaire, JSON.readTree(valid))).isEmpty();

        // the waiting time of someone who drives: a hidden question answered
        assertThat(violations(questionnaire, JSON.readTree(valid.replace("}}", "},"
                + "\"wait\":{\"type\":\"single-choice\",\"optionKey\":\"5-10\"}}")))).containsExactly("wait: hidden");
        // a bus rider who does not say how long they wait: a shown required question left out
        assertThat(violations(questionnaire, JSON.readTree(valid.replace("\"car\"", "\"bus\""))))
                .containsExactly("wait: required");
        assertThat(violations(questionnaire, JSON.readTree(valid.replace("\"value\":3", "\"value\":6"))))
                .containsExactly("satisfaction: out of range");
        assertThat(violations(questionnaire, JSON.readTree(valid.replace("[\"night\"]",
                "[\"night\",\"info\",\"stops\",\"crowding\"]")))).containsExactly("improvements: choices");
        assertThat(violations(questionnaire, JSON.readTree(valid.replace("\"daily\"", "\"hourly\""))))
                .containsExactly("frequency: unknown option");
    }

    /** The documented validation rules for the question types and the condition the questionnaire uses. */
    private static List<String> violations(JsonNode questionnaire, JsonNode answers) {
        List<String> out = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (JsonNode page : questionnaire.path("pages")) {
            for (JsonNode q : page.path("questions")) {
                String key = q.path("key").asString();
                known.add(key);
                JsonNode when = q.path("showWhen");
                boolean visible = when.isMissingNode() || (when.path("type").asString().equals("any-of")
                        && shown.contains(when.path("questionKey").asString())
                        && contains(when.path("optionKeys"),
                        answers.path(when.path("questionKey").asString()).path("optionKey").asString()));
                JsonNode a = answers.path(key);
                if (!visible) {
                    if (!a.isMissingNode()) {
                        out.add(key + ": hidden");
                    }
                    continue;
                }
                shown.add(key);
                if (a.isMissingNode()) {
                    if (q.path("required").asBoolean()) {
                        out.add(key + ": required");
                    }
                    continue;
                }
                if (!a.path("type").asString().equals(q.path("type").asString())) {
                    out.add(key + ": wrong type");
                    continue;
                }
                switch (q.path("type").asString()) {
                    case "single-choice" -> {
                        if (!optionKeys(q).contains(a.path("optionKey").asString())) {
                            out.add(key + ": unknown option");
                        }
                    }
                    case "multiple-choice" -> {
                        List<String> keys = new ArrayList<>();
                        a.path("optionKeys").forEach(k -> keys.add(k.asString()));
                        if (!optionKeys(q).containsAll(keys)) {
                            out.add(key + ": unknown option");
                        } else if (Set.copyOf(keys).size() != keys.size() || keys.size() < q.path("min").asInt(1)
                                || keys.size() > q.path("max").asInt(q.path("options").size())) {
                            out.add(key + ": choices");
                        }
                    }
                    case "rating-scale" -> {
                        int v = a.path("value").asInt();
                        if (!a.path("value").isInt() || v < q.path("from").asInt() || v > q.path("to").asInt()) {
                            out.add(key + ": out of range");
                        }
                    }
                    case "text" -> {
                        String text = a.path("text").asString();
                        if (text.isBlank() || text.codePointCount(0, text.length()) > q.path("maxLength").asInt()
                                || (!q.path("multiline").asBoolean() && text.contains("\n"))) {
                            out.add(key + ": text");
                        }
                    }
                    default -> out.add(key + ": type the benchmark does not use");
                }
            }
        }
        answers.propertyNames().forEach(k -> {
            if (!known.contains(k)) {
                out.add(k + ": no such question");
            }
        });
        return out;
    }

    private static Set<String> optionKeys(JsonNode question) {
        Set<String> keys = new HashSet<>();
        question.path("options").forEach(o -> keys.add(o.path("key").asString()));
        return keys;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
