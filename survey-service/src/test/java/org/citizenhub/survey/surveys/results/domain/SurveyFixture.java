package org.citizenhub.survey.surveys.results.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.survey.surveys.questionnaire.Answer;
import org.citizenhub.survey.surveys.questionnaire.Answers;
import org.citizenhub.survey.surveys.questionnaire.Option;
import org.citizenhub.survey.surveys.questionnaire.Page;
import org.citizenhub.survey.surveys.questionnaire.Question;
import org.citizenhub.survey.surveys.questionnaire.Questionnaire;

/**
 * A questionnaire with every type of question and five responses whose tallies are computed by hand in the tests.
 */
public final class SurveyFixture {

    private SurveyFixture() {
    }

    static List<Option> options(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> new Option(k, "选项" + k)).toList();
    }

    public static Questionnaire questionnaire() {
        return new Questionnaire(List.of(
                new Page("travel", "出行", List.of(
                        new Question.SingleChoice("commute", "通勤方式", true, null, options("car", "bus", "bike")),
                        new Question.MultipleChoice("modes", "其他交通方式", false, null,
                                options("metro", "taxi", "walk"), 1, 3),
                        new Question.NumberQuestion("age", "年龄", false, null, BigDecimal.ZERO, new BigDecimal("120"), 0),
                        new Question.RatingScale("satisfaction", "满意度", false, null, 1, 5, "非常不满意", "非常满意"))),
                new Page("more", "更多", List.of(
                        new Question.Matrix("services", "各项服务", false, null, options("parks", "roads"),
                                options("good", "fair", "poor"), false),
                        new Question.Ranking("priorities", "优先事项", false, null,
                                options("schools", "clinics", "parking")),
                        new Question.Text("remarks", "其他意见", false, null, 500, true),
                        new Question.DateQuestion("moved-in", "入住日期", false, null, null, null),
                        new Question.FileQuestion("photos", "照片", false, null, 2)))));
    }

    /**
     * 1: bus, metro+walk, 30, 4, parks good / roads fair, schools>clinics>parking, a remark with a mobile number;
     * 2: bus, metro, 45, 5, parks good, clinics>schools>parking; 3: car, taxi, 30, 2, schools>parking>clinics, a
     * blank remark; 4: bike, 4, parks poor / roads poor; 5: only a date and a photo.
     */
    public static List<Answers> responses() {
        return List.of(
                answers("commute", new Answer.Chosen("bus"), "modes", new Answer.ChosenMany(List.of("metro", "walk")),
                        "age", new Answer.NumberAnswer(new BigDecimal("30")), "satisfaction", new Answer.ScaleAnswer(4),
                        "services", new Answer.MatrixAnswer(Map.of("parks", List.of("good"), "roads", List.of("fair"))),
                        "priorities", new Answer.RankingAnswer(List.of("schools", "clinics", "parking")),
                        "remarks", new Answer.TextAnswer("公交太挤，请联系我13812345678")),
                answers("commute", new Answer.Chosen("bus"), "modes", new Answer.ChosenMany(List.of("metro")),
                        "age", new Answer.NumberAnswer(new BigDecimal("45.0")), "satisfaction", new Answer.ScaleAnswer(5),
                        "services", new Answer.MatrixAnswer(Map.of("parks", List.of("good"))),
                        "priorities", new Answer.RankingAnswer(List.of("clinics", "schools", "parking"))),
                answers("commute", new Answer.Chosen("car"), "modes", new Answer.ChosenMany(List.of("taxi")),
                        "age", new Answer.NumberAnswer(new BigDecimal("30")), "satisfaction", new Answer.ScaleAnswer(2),
                        "priorities", new Answer.RankingAnswer(List.of("schools", "parking", "clinics")),
                        "remarks", new Answer.TextAnswer("  ")),
                answers("commute", new Answer.Chosen("bike"), "satisfaction", new Answer.ScaleAnswer(4),
                        "services", new Answer.MatrixAnswer(Map.of("parks", List.of("poor"), "roads", List.of("poor")))),
                answers("moved-in", new Answer.DateAnswer(LocalDate.of(2020, 1, 1)),
                        "photos", new Answer.FilesAnswer(List.of(UUID.randomUUID()))));
    }

    static Answers answers(Object... keysAndAnswers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAnswers.length; i += 2) {
            map.put((String) keysAndAnswers[i], (Answer) keysAndAnswers[i + 1]);
        }
        return new Answers(map);
    }
}
