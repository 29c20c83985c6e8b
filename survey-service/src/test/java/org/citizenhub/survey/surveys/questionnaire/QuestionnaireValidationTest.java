package org.citizenhub.survey.surveys.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.survey.surveys.questionnaire.Answer.Chosen;
import org.citizenhub.survey.surveys.questionnaire.Answer.ChosenMany;
import org.citizenhub.survey.surveys.questionnaire.Answer.DateAnswer;
import org.citizenhub.survey.surveys.questionnaire.Answer.FilesAnswer;
import org.citizenhub.survey.surveys.questionnaire.Answer.MatrixAnswer;
import org.citizenhub.survey.surveys.questionnaire.Answer.NumberAnswer;
import org.citizenhub.survey.surveys.questionnaire.Answer.RankingAnswer;
import org.citizenhub.survey.surveys.questionnaire.Answer.ScaleAnswer;
import org.citizenhub.survey.surveys.questionnaire.Answer.TextAnswer;
import org.citizenhub.survey.surveys.questionnaire.AnswerViolation.Code;
import org.junit.jupiter.api.Test;

class QuestionnaireValidationTest {

    private final Questionnaire questionnaire = Questionnaires.everyType();

    /** The least that is accepted: the two required questions (commute by bike hides modes and reason). */
    private static Map<String, Answer> minimal() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("commute", new Chosen("bike"));
        answers.put("satisfaction", new ScaleAnswer(4));
        return answers;
    }

    private List<AnswerViolation> validate(Map<String, Answer> answers) {
        return questionnaire.validate(new Answers(answers));
    }

    private List<Code> codes(Map<String, Answer> answers) {
        return validate(answers).stream().map(AnswerViolation::code).toList();
    }

    private Map<String, Answer> with(String key, Answer answer) {
        Map<String, Answer> answers = minimal();
        answers.put(key, answer);
        return answers;
    }

    @Test
    void the_questionnaire_with_every_type_and_condition_has_no_defects() {
        assertThat(questionnaire.defects()).isEmpty();
    }

    @Test
    void a_complete_answer_to_every_type_is_accepted() {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("commute", new Chosen("bus"));
        answers.put("modes", new ChosenMany(List.of("metro", "walk")));
        answers.put("reason", new TextAnswer("快而准时"));
        answers.put("age", new NumberAnswer(new BigDecimal("42")));
        answers.put("moved-in", new DateAnswer(LocalDate.of(2015, 6, 1)));
        answers.put("satisfaction", new ScaleAnswer(5));
        answers.put("services", new MatrixAnswer(Map.of("parks", List.of("good"), "roads", List.of("poor"))));
        answers.put("priorities", new RankingAnswer(List.of("clinics", "schools", "parking")));
        answers.put("photos", new FilesAnswer(List.of(UUID.randomUUID())));
        answers.put("anything-else", new TextAnswer("第一行\n第二行"));

        assertThat(validate(answers)).isEmpty();
    }

    @Test
    void the_required_questions_alone_are_enough() {
        assertThat(validate(minimal())).isEmpty();
    }

    @Test
    void a_required_question_left_out_or_blank_is_refused_with_its_key() {
        Map<String, Answer> answers = minimal();
        answers.remove("satisfaction");
        answers.put("commute", new Chosen(null));

        assertThat(validate(answers)).extracting(AnswerViolation::questionKey, AnswerViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("commute", Code.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("satisfaction", Code.REQUIRED));
        assertThat(validate(answers).getFirst().pointer()).isEqualTo("/answers/commute");
    }

    @Test
    void an_answer_to_a_question_that_does_not_exist_is_refused() {
        assertThat(codes(with("colour", new Chosen("red")))).containsExactly(Code.UNKNOWN_QUESTION);
    }

    @Test
    void an_answer_of_another_type_than_its_question_is_refused() {
        assertThat(codes(with("age", new TextAnswer("forty")))).containsExactly(Code.WRONG_TYPE);
    }

    @Test
    void a_single_choice_takes_one_of_its_options() {
        assertThat(codes(with("commute", new Chosen("plane")))).containsExactly(Code.UNKNOWN_OPTION);
    }

    @Test
    void a_multiple_choice_takes_between_min_and_max_distinct_known_options() {
        Map<String, Answer> base = with("commute", new Chosen("car"));
        base.put("modes", new ChosenMany(List.of("metro", "taxi", "walk")));
        assertThat(codes(base)).containsExactly(Code.TOO_MANY_CHOICES);
        base.put("modes", new ChosenMany(List.of("metro", "metro")));
        assertThat(codes(base)).containsExactly(Code.DUPLICATE_OPTION);
        base.put("modes", new ChosenMany(List.of("rocket")));
        assertThat(codes(base)).containsExactly(Code.UNKNOWN_OPTION);
        base.put("modes", new ChosenMany(List.of("taxi")));
        assertThat(codes(base)).isEmpty();
    }

    @Test
    void a_multiple_choice_below_its_minimum_is_refused() {
        Questionnaire q = new Questionnaire(List.of(new Page("p", "p", List.of(new Question.MultipleChoice("m",
                "m", true, null, Questionnaires.options("a", "b", "c"), 2, 3)))));
        assertThat(q.validate(new Answers(Map.of("m", new ChosenMany(List.of("a"))))))
                .extracting(AnswerViolation::code).containsExactly(Code.TOO_FEW_CHOICES);
    }

    @Test
    void a_single_line_text_is_one_line_within_its_maximum_length() {
        Map<String, Answer> base = with("commute", new Chosen("bus"));
        base.put("modes", new ChosenMany(List.of("metro")));
        base.put("reason", new TextAnswer("一".repeat(21)));
        assertThat(codes(base)).containsExactly(Code.TEXT_TOO_LONG);
        base.put("reason", new TextAnswer("一行\n两行"));
        assertThat(codes(base)).containsExactly(Code.TEXT_NOT_ONE_LINE);
        base.put("reason", new TextAnswer("一".repeat(20)));
        assertThat(codes(base)).isEmpty();
    }

    @Test
    void a_number_stays_within_its_limits_and_decimals() {
        assertThat(codes(with("age", new NumberAnswer(new BigDecimal("-1"))))).containsExactly(Code.NUMBER_TOO_SMALL);
        assertThat(codes(with("age", new NumberAnswer(new BigDecimal("121"))))).containsExactly(Code.NUMBER_TOO_LARGE);
        assertThat(codes(with("age", new NumberAnswer(new BigDecimal("42.5")))))
                .containsExactly(Code.TOO_MANY_DECIMALS);
        assertThat(codes(with("age", new NumberAnswer(new BigDecimal("42.00"))))).isEmpty();
    }

    @Test
    void a_date_stays_between_its_earliest_and_latest_day() {
        assertThat(codes(with("moved-in", new DateAnswer(LocalDate.of(1999, 12, 31)))))
                .containsExactly(Code.DATE_TOO_EARLY);
        assertThat(codes(with("moved-in", new DateAnswer(LocalDate.of(2027, 1, 1)))))
                .containsExactly(Code.DATE_TOO_LATE);
        assertThat(codes(with("moved-in", new DateAnswer(LocalDate.of(2026, 12, 31))))).isEmpty();
    }

    @Test
    void a_rating_stays_on_its_scale() {
        assertThat(codes(with("satisfaction", new ScaleAnswer(0)))).containsExactly(Code.SCALE_OUT_OF_RANGE);
        assertThat(codes(with("satisfaction", new ScaleAnswer(6)))).containsExactly(Code.SCALE_OUT_OF_RANGE);
        assertThat(codes(with("satisfaction", new ScaleAnswer(1)))).isEmpty();
    }

    @Test
    void a_matrix_row_takes_one_known_column_and_names_known_rows() {
        assertThat(codes(with("services", new MatrixAnswer(Map.of("parks", List.of("good", "fair"))))))
                .containsExactly(Code.ONE_COLUMN_PER_ROW);
        assertThat(codes(with("services", new MatrixAnswer(Map.of("lakes", List.of("good"))))))
                .containsExactly(Code.UNKNOWN_ROW);
        assertThat(codes(with("services", new MatrixAnswer(Map.of("parks", List.of("great"))))))
                .containsExactly(Code.UNKNOWN_COLUMN);
        assertThat(codes(with("services", new MatrixAnswer(Map.of("parks", List.of())))))
                .containsExactly(Code.ROW_UNANSWERED);
        assertThat(codes(with("services", new MatrixAnswer(Map.of("parks", List.of("good")))))).isEmpty();
    }

    @Test
    void a_required_matrix_answers_every_row_and_a_multiple_matrix_takes_several_columns() {
        Questionnaire q = new Questionnaire(List.of(new Page("p", "p", List.of(new Question.Matrix("m", "m", true,
                null, Questionnaires.options("r1", "r2"), Questionnaires.options("c1", "c2"), true)))));
        assertThat(q.validate(new Answers(Map.of("m", new MatrixAnswer(Map.of("r1", List.of("c1", "c2")))))))
                .extracting(AnswerViolation::code, AnswerViolation::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.ROW_UNANSWERED, List.of("r2")));
        assertThat(q.validate(new Answers(Map.of("m", new MatrixAnswer(Map.of("r1", List.of("c1", "c2"),
                "r2", List.of("c2"))))))).isEmpty();
    }

    @Test
    void a_ranking_orders_every_option_once() {
        assertThat(codes(with("priorities", new RankingAnswer(List.of("schools", "clinics")))))
                .containsExactly(Code.RANKING_INCOMPLETE);
        assertThat(codes(with("priorities", new RankingAnswer(List.of("schools", "schools", "parking")))))
                .containsExactly(Code.DUPLICATE_OPTION);
        assertThat(codes(with("priorities", new RankingAnswer(List.of("schools", "clinics", "parks")))))
                .containsExactly(Code.UNKNOWN_OPTION);
    }

    @Test
    void a_file_answer_carries_at_most_its_number_of_files() {
        assertThat(codes(with("photos", new FilesAnswer(List.of(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID()))))).containsExactly(Code.TOO_MANY_FILES);
    }

    @Test
    void a_question_hidden_by_its_condition_must_stay_unanswered() {
        // commute by bike: modes (any-of car, bus) is hidden
        assertThat(validate(with("modes", new ChosenMany(List.of("metro")))))
                .extracting(AnswerViolation::questionKey, AnswerViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("modes", Code.HIDDEN_QUESTION_ANSWERED));
    }

    @Test
    void equals_all_of_and_not_decide_together_whether_a_question_shows() {
        Map<String, Answer> byCar = with("commute", new Chosen("car"));
        byCar.put("modes", new ChosenMany(List.of("metro")));
        byCar.put("reason", new TextAnswer("换乘"));
        assertThat(codes(byCar)).containsExactly(Code.HIDDEN_QUESTION_ANSWERED);
        assertThat(questionnaire.shownQuestions(new Answers(byCar))).doesNotContain("reason");

        Map<String, Answer> byBus = new HashMap<>(byCar);
        byBus.put("commute", new Chosen("bus"));
        assertThat(questionnaire.shownQuestions(new Answers(byBus))).contains("modes", "reason");
        assertThat(codes(byBus)).isEmpty();
    }

    @Test
    void a_question_shown_only_through_a_hidden_one_is_hidden_too() {
        // reason depends on modes; with modes hidden (bike) its answer is not seen, so reason hides as well
        Map<String, Answer> answers = with("modes", new ChosenMany(List.of("metro")));
        answers.put("reason", new TextAnswer("快"));
        assertThat(questionnaire.shownQuestions(new Answers(answers))).doesNotContain("modes", "reason");
    }

    @Test
    void answered_and_any_of_conditions_show_a_question_when_one_holds() {
        Questionnaire q = Questionnaires.everyType();
        Map<String, Answer> answers = minimal();
        assertThat(q.shownQuestions(new Answers(answers))).contains("anything-else");
        answers.remove("satisfaction");
        assertThat(q.shownQuestions(new Answers(answers))).doesNotContain("anything-else");
        answers.put("age", new NumberAnswer(BigDecimal.TEN));
        assertThat(q.shownQuestions(new Answers(answers))).contains("anything-else");
    }

    @Test
    void a_condition_may_only_refer_to_a_question_placed_earlier() {
        Questionnaire q = new Questionnaire(List.of(new Page("p", "p", List.of(
                new Question.Text("first", "first", false, new DisplayCondition.Answered("second"), 10, false),
                new Question.Text("second", "second", false, null, 10, false)))));
        assertThat(q.defects()).extracting(QuestionnaireDefect::code, QuestionnaireDefect::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        QuestionnaireDefect.Code.CONDITION_REFERS_TO_EARLIER_QUESTION, "/pages/0/questions/0/showWhen"));
    }

    @Test
    void a_condition_names_only_options_its_question_has() {
        Questionnaire q = new Questionnaire(List.of(new Page("p", "p", List.of(
                new Question.SingleChoice("first", "first", false, null, Questionnaires.options("a", "b")),
                new Question.Text("second", "second", false, new DisplayCondition.Equals("first", "c"), 10,
                        false)))));
        assertThat(q.defects()).extracting(QuestionnaireDefect::code)
                .containsExactly(QuestionnaireDefect.Code.CONDITION_UNKNOWN_OPTION);
    }

    @Test
    void keys_are_short_lowercase_and_unique_and_limits_make_sense() {
        Questionnaire q = new Questionnaire(List.of(new Page("p", "p", List.of(
                new Question.Text("Bad Key", "t", false, null, 10, false),
                new Question.Text("same", "t", false, null, 10, false),
                new Question.Text("same", "t", false, null, 10, false),
                new Question.RatingScale("scale", "s", false, null, 5, 5, null, null),
                new Question.SingleChoice("one", "", false, null, Questionnaires.options("only"))))));
        assertThat(q.defects()).extracting(QuestionnaireDefect::code).containsExactly(
                QuestionnaireDefect.Code.INVALID_KEY, QuestionnaireDefect.Code.DUPLICATE_KEY,
                QuestionnaireDefect.Code.INVALID_RANGE, QuestionnaireDefect.Code.MISSING_TITLE,
                QuestionnaireDefect.Code.NO_OPTIONS);
        assertThat(new Questionnaire(List.of()).defects()).extracting(QuestionnaireDefect::code)
                .containsExactly(QuestionnaireDefect.Code.NO_QUESTIONS);
    }
}
