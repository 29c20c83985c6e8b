package org.citizenhub.deploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The questionnaire of the {@code surveys} benchmark and the answers its citizens give: a city transport survey as a
 * department would really run it (choice questions, one shown only to public-transport users, a multiple choice of
 * at most three, a 1–5 rating and an optional one-line suggestion), in the JSON shape of survey-service's
 * {@code docs/surveys.md}. Every answer set it draws is valid against the questionnaire, so a refusal during the
 * load is the service's doing, not the generator's. Pure: no I/O.
 */
final class PopularSurvey {

    static final String TITLE = "公交出行满意度调查（压测）";
    static final String DEPARTMENT = "D-TRANSPORT";

    /** An option as {@code key} and label. */
    record Choice(String key, String label) {
    }

    static final List<Choice> COMMUTE = List.of(new Choice("bus", "公交"), new Choice("metro", "地铁"),
            new Choice("bike", "骑行"), new Choice("car", "自驾"), new Choice("walk", "步行"));
    /** Commutes after which {@code wait} is asked. */
    static final Set<String> PUBLIC_TRANSPORT = Set.of("bus", "metro");
    static final List<Choice> WAIT = List.of(new Choice("under-5", "5分钟以内"), new Choice("5-10", "5–10分钟"),
            new Choice("10-20", "10–20分钟"), new Choice("over-20", "20分钟以上"));
    static final List<Choice> FREQUENCY = List.of(new Choice("daily", "每天"), new Choice("weekly", "每周几次"),
            new Choice("monthly", "每月几次"), new Choice("rarely", "很少"));
    static final List<Choice> IMPROVEMENTS = List.of(new Choice("frequency", "增加班次"),
            new Choice("punctuality", "提高准点率"), new Choice("crowding", "缓解拥挤"), new Choice("stops", "优化站点设置"),
            new Choice("night", "增开夜班车"), new Choice("info", "实时到站信息"));
    static final int MAX_IMPROVEMENTS = 3;
    static final int SCALE_FROM = 1;
    static final int SCALE_TO = 5;
    static final int SUGGESTION_MAX_LENGTH = 200;
    /** Share of respondents who write a suggestion (the optional text is mostly left empty in real surveys). */
    static final double SUGGESTION_SHARE = 0.3;
    static final List<String> SUGGESTIONS = List.of(
            "早高峰班次太少，建议7点到9点加密发车。",
            "希望公交站台增加遮阳棚和座椅，老人等车很辛苦。",
            "地铁换乘通道太长，指示牌不够清楚。",
            "夜班车线路太少，晚上十点以后回家很不方便。",
            "实时到站信息经常不准，希望改进。",
            "建议在学校和医院附近增设站点。");

    private PopularSurvey() {
    }

    /** The questionnaire as survey-service takes it ({@code POST /surveys}, field {@code questionnaire}). */
    static String questionnaireJson() {
        return "{\"pages\":["
                + "{\"key\":\"travel\",\"title\":\"出行情况\",\"questions\":["
                + single("commute", "您平时主要的出行方式是？", COMMUTE, null) + ","
                + single("wait", "您通常候车多长时间？", WAIT, "{\"type\":\"any-of\",\"questionKey\":\"commute\","
                + "\"optionKeys\":" + strings(PUBLIC_TRANSPORT.stream().sorted().toList()) + "}") + ","
                + single("frequency", "您乘坐公共交通的频率？", FREQUENCY, null)
                + "]},"
                + "{\"key\":\"opinion\",\"title\":\"评价与建议\",\"questions\":["
                + "{\"type\":\"multiple-choice\",\"key\":\"improvements\",\"title\":\"您最希望改进哪些方面？（最多选三项）\","
                + "\"required\":true,\"options\":" + options(IMPROVEMENTS) + ",\"min\":1,\"max\":" + MAX_IMPROVEMENTS
                + "},"
                + "{\"type\":\"rating-scale\",\"key\":\"satisfaction\",\"title\":\"您对本市公共交通的总体满意度\","
                + "\"required\":true,\"from\":" + SCALE_FROM + ",\"to\":" + SCALE_TO
                + ",\"lowLabel\":\"非常不满意\",\"highLabel\":\"非常满意\"},"
                + "{\"type\":\"text\",\"key\":\"suggestion\",\"title\":\"其他意见和建议（选填）\",\"required\":false,"
                + "\"maxLength\":" + SUGGESTION_MAX_LENGTH + ",\"multiline\":false}"
                + "]}]}";
    }

    /**
     * The body of {@code POST /surveys}: the survey in the given answer mode, with its questionnaire as a draft and,
     * unless {@code maxResponses} is null, an overall maximum of responses.
     */
    static String createBody(String mode, String runId, Integer maxResponses) {
        return "{\"ownerDepartment\":\"" + DEPARTMENT + "\",\"title\":\"" + TITLE + " " + runId + "\","
                + "\"description\":\"./hub bench --scenario surveys 生成的问卷，仅用于本地压测。\","
                + "\"mode\":\"" + mode + "\","
                + (maxResponses == null ? "" : "\"maxResponses\":" + maxResponses + ",")
                + "\"questionnaire\":" + questionnaireJson() + "}";
    }

    /** One respondent's answers as the body of {@code POST /surveys/{id}/responses}. */
    static String answersBody(RandomGenerator random) {
        List<String> answers = new ArrayList<>();
        String commute = pick(COMMUTE, random).key();
        answers.add(chosen("commute", commute));
        if (PUBLIC_TRANSPORT.contains(commute)) {
            // shown only then; answering a hidden question is refused, so it is left out otherwise
            answers.add(chosen("wait", pick(WAIT, random).key()));
        }
        answers.add(chosen("frequency", pick(FREQUENCY, random).key()));
        List<Choice> shuffled = new ArrayList<>(IMPROVEMENTS);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        int count = 1 + random.nextInt(MAX_IMPROVEMENTS);
        answers.add("\"improvements\":{\"type\":\"multiple-choice\",\"optionKeys\":"
                + strings(shuffled.subList(0, count).stream().map(Choice::key).toList()) + "}");
        answers.add("\"satisfaction\":{\"type\":\"rating-scale\",\"value\":"
                + (SCALE_FROM + random.nextInt(SCALE_TO - SCALE_FROM + 1)) + "}");
        if (random.nextDouble() < SUGGESTION_SHARE) {
            String text = SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size()));
            answers.add("\"suggestion\":{\"type\":\"text\",\"text\":\"" + text + "\"}");
        }
        return "{\"answers\":{" + String.join(",", answers) + "}}";
    }

    private static String single(String key, String title, List<Choice> options, String showWhen) {
        return "{\"type\":\"single-choice\",\"key\":\"" + key + "\",\"title\":\"" + title + "\",\"required\":true,"
                + (showWhen == null ? "" : "\"showWhen\":" + showWhen + ",") + "\"options\":" + options(options) + "}";
    }

    private static String chosen(String key, String option) {
        return "\"" + key + "\":{\"type\":\"single-choice\",\"optionKey\":\"" + option + "\"}";
    }

    private static String options(List<Choice> choices) {
        List<String> list = choices.stream()
                .map(c -> "{\"key\":\"" + c.key() + "\",\"label\":\"" + c.label() + "\"}").toList();
        return "[" + String.join(",", list) + "]";
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static <T> T pick(List<T> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }
}
