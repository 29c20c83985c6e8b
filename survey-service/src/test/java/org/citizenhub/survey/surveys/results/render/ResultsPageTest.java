package org.citizenhub.survey.surveys.results.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.citizenhub.survey.surveys.results.domain.SurveyFixture;
import org.citizenhub.survey.surveys.results.domain.SurveyResults;
import org.citizenhub.survey.surveys.results.domain.Tally;
import org.junit.jupiter.api.Test;

class ResultsPageTest {

    private static SurveyResults results(String title) {
        Tally tally = new Tally(SurveyFixture.questionnaire());
        SurveyFixture.responses().forEach(tally::add);
        return tally.results(UUID.randomUUID(), title);
    }

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");

    @Test
    void every_question_has_a_chart_and_a_table_of_the_same_numbers_and_the_page_prints_without_script() {
        String html = ResultsPage.render(results("出行调查"), PUBLISHED, Locale.SIMPLIFIED_CHINESE);
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"zh-CN\"")
                .contains("<h1>出行调查</h1>", "参与人数: <strong>5</strong>", "发布时间: 2026-11-20 10:00")
                .contains("@media print", "break-inside:avoid")
                .contains("<title id=\"q1-title\">通勤方式</title>", "选项bus: 2 (50.0%)",
                        "<th scope=\"row\">选项bus</th><td class=\"n\">2</td><td class=\"n\">50.0</td>")
                .contains("平均值: <strong>3.75</strong>", "平均排名 1.33")
                .doesNotContain("<script", "13812345678");
        // one chart per choice, numeric and ranking question, one per matrix row; none for free answers
        assertThat(html.split("<svg", -1)).hasSize(1 + 4 + 2 + 1);
    }

    @Test
    void free_answers_show_only_their_number_with_the_reason() {
        String html = ResultsPage.render(results("t"), PUBLISHED, Locale.SIMPLIFIED_CHINESE);
        assertThat(html).contains("其他意见", "为保护个人信息");
    }

    @Test
    void in_english_when_asked_for_and_the_title_is_escaped() {
        String html = ResultsPage.render(results("<i>Travel</i>"), PUBLISHED, Locale.ENGLISH);
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"en\"").contains("Responses: <strong>5</strong>",
                "&lt;i&gt;Travel&lt;/i&gt;").doesNotContain("<i>Travel");
    }
}
