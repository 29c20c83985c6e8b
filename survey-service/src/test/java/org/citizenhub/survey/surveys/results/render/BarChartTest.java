package org.citizenhub.survey.surveys.results.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void the_chart_is_an_accessible_image_with_its_title_a_description_of_every_value_and_the_values_as_text() {
        String svg = BarChart.svg("q1", "您常用的出行方式", List.of(new BarChart.Bar("公交", 6, "6 (60.0%)"),
                new BarChart.Bar("地铁", 3, "3 (30.0%)"), new BarChart.Bar("步行", 0, "0 (0.0%)")));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"q1-title q1-desc\"",
                "<title id=\"q1-title\">您常用的出行方式</title>",
                "<desc id=\"q1-desc\">公交: 6 (60.0%); 地铁: 3 (30.0%); 步行: 0 (0.0%)</desc>",
                ">6 (60.0%)</text>", ">3 (30.0%)</text>").doesNotContain("<script");
    }

    @Test
    void bar_lengths_are_proportional_to_the_values_the_longest_filling_the_track() {
        String svg = BarChart.svg("q", "t", List.of(new BarChart.Bar("a", 4, "4"), new BarChart.Bar("b", 2, "2"),
                new BarChart.Bar("c", 0, "0")));
        int track = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_WIDTH;
        assertThat(svg).contains("width=\"" + track + "\"", "width=\"" + track / 2 + "\"", "width=\"0\"");
    }

    @Test
    void labels_and_titles_are_escaped_so_an_option_cannot_inject_markup() {
        String svg = BarChart.svg("q", "<b>x</b>", List.of(new BarChart.Bar("<script>alert(1)</script>", 1, "1")));
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;b&gt;x&lt;/b&gt;");
    }
}
