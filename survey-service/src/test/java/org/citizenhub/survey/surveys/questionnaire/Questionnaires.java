package org.citizenhub.survey.surveys.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A questionnaire with one question of every type and conditions, shared by the unit tests. */
final class Questionnaires {

    private Questionnaires() {
    }

    static List<Option> options(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> new Option(k, "选项 " + k)).toList();
    }

    /**
     * Page 1: commute (single choice, required), modes (multiple choice 1–2, shown when commute is "car" or
     * "bus"), reason (text, one line, ≤ 20, shown when modes include "metro" and not commute "car"). Page 2: age (number
     * 0–120, no decimals), moved-in (date in 2000–2026), satisfaction (rating 1–5, required), services (matrix),
     * priorities (ranking), photos (files ≤ 2), anything-else (text, multiline, shown when satisfaction answered).
     */
    static Questionnaire everyType() {
        return new Questionnaire(List.of(
                new Page("travel", "出行", List.of(
                        new Question.SingleChoice("commute", "您主要如何通勤？", true, null,
                                options("car", "bus", "bike")),
                        new Question.MultipleChoice("modes", "您还使用哪些交通方式？", false,
                                new DisplayCondition.AnyOf("commute", Set.of("car", "bus")),
                                options("metro", "taxi", "walk"), 1, 2),
                        new Question.Text("reason", "为什么选择地铁？", false,
                                new DisplayCondition.AllOf(List.of(new DisplayCondition.Equals("modes", "metro"),
                                        new DisplayCondition.Not(new DisplayCondition.Equals("commute", "car")))),
                                20, false))),
                new Page("about", "关于您", List.of(
                        new Question.NumberQuestion("age", "年龄", false, null, BigDecimal.ZERO,
                                new BigDecimal("120"), 0),
                        new Question.DateQuestion("moved-in", "入住日期", false, null, LocalDate.of(2000, 1, 1),
                                LocalDate.of(2026, 12, 31)),
                        new Question.RatingScale("satisfaction", "满意度", true, null, 1, 5, "非常不满意", "非常满意"),
                        new Question.Matrix("services", "各项服务", false, null, options("parks", "roads"),
                                options("good", "fair", "poor"), false),
                        new Question.Ranking("priorities", "优先事项", false, null, options("schools", "clinics",
                                "parking")),
                        new Question.FileQuestion("photos", "照片", false, null, 2),
                        new Question.Text("anything-else", "其他意见", false,
                                new DisplayCondition.AnyOfConditions(List.of(
                                        new DisplayCondition.Answered("satisfaction"),
                                        new DisplayCondition.Answered("age"))),
                                500, true)))));
    }
}
