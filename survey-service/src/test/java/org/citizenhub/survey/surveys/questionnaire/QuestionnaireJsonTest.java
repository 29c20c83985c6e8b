package org.citizenhub.survey.surveys.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape documented in docs/surveys.md: what clients send and what the results read back. */
class QuestionnaireJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_questionnaire_reads_back_as_it_was_written() {
        Questionnaire questionnaire = Questionnaires.everyType();
        String written = json.writeValueAsString(questionnaire);
        assertThat(json.readValue(written, Questionnaire.class)).isEqualTo(questionnaire);
    }

    @Test
    void every_question_names_its_type_and_a_condition_its_kind() {
        JsonNode tree = json.readTree(json.writeValueAsString(Questionnaires.everyType()));
        List<String> types = tree.get("pages").valueStream()
                .flatMap(p -> p.get("questions").valueStream()).map(q -> q.get("type").asString()).toList();
        assertThat(types).containsExactly("single-choice", "multiple-choice", "text", "number", "date",
                "rating-scale", "matrix", "ranking", "file", "text");
        JsonNode modes = tree.at("/pages/0/questions/1/showWhen");
        assertThat(modes.get("type").asString()).isEqualTo("any-of");
        assertThat(modes.get("questionKey").asString()).isEqualTo("commute");
        assertThat(tree.at("/pages/0/questions/2/showWhen/conditions/1/type").asString()).isEqualTo("not");
    }

    @Test
    void answers_are_an_object_by_question_key_each_typed_like_its_question() {
        String body = """
                {"commute": {"type": "single-choice", "optionKey": "bus"},
                 "modes": {"type": "multiple-choice", "optionKeys": ["metro"]},
                 "reason": {"type": "text", "text": "快"},
                 "age": {"type": "number", "value": 42.5},
                 "moved-in": {"type": "date", "date": "2015-06-01"},
                 "satisfaction": {"type": "rating-scale", "value": 4},
                 "services": {"type": "matrix", "rows": {"parks": ["good"]}},
                 "priorities": {"type": "ranking", "optionKeys": ["clinics", "schools", "parking"]},
                 "photos": {"type": "file", "attachmentIds": ["6f1c3c2e-0000-4000-8000-000000000001"]}}
                """;
        Answers answers = json.readValue(body, Answers.class);

        Map<String, Answer> expected = new LinkedHashMap<>();
        expected.put("commute", new Answer.Chosen("bus"));
        expected.put("modes", new Answer.ChosenMany(List.of("metro")));
        expected.put("reason", new Answer.TextAnswer("快"));
        expected.put("age", new Answer.NumberAnswer(new BigDecimal("42.5")));
        expected.put("moved-in", new Answer.DateAnswer(LocalDate.of(2015, 6, 1)));
        expected.put("satisfaction", new Answer.ScaleAnswer(4));
        expected.put("services", new Answer.MatrixAnswer(Map.of("parks", List.of("good"))));
        expected.put("priorities", new Answer.RankingAnswer(List.of("clinics", "schools", "parking")));
        expected.put("photos", new Answer.FilesAnswer(List.of(UUID.fromString("6f1c3c2e-0000-4000-8000-000000000001"))));
        assertThat(answers).isEqualTo(new Answers(expected));
        assertThat(json.readValue(json.writeValueAsString(answers), Answers.class)).isEqualTo(answers);
        assertThat(json.readTree(json.writeValueAsString(answers)).at("/moved-in/date").asString())
                .isEqualTo("2015-06-01");
    }
}
