package org.citizenhub.survey.surveys.results.render;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.citizenhub.survey.surveys.results.domain.Count;
import org.citizenhub.survey.surveys.results.domain.QuestionResult;
import org.citizenhub.survey.surveys.results.domain.SurveyResults;

/**
 * The published results as one self-contained HTML page: a chart (inline SVG, {@link BarChart}) and a table of the
 * same numbers per question, styles inline, a print stylesheet (no colours needed, no page break inside a question),
 * no script. zh-CN by default, English when asked for.
 */
public final class ResultsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String STYLE = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2rem auto;\
            max-width:48rem;padding:0 1rem;color:#1a1a1a;line-height:1.5}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
            section{border-top:1px solid #ccc;padding-top:.5rem}
            .chart{max-width:100%;height:auto;font-size:13px}.chart .bar{fill:#1f5fa8}.chart text{fill:#1a1a1a}
            table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .6rem;text-align:left}
            td.n{text-align:right}.note{color:#555}
            @media print{body{margin:0;max-width:none;font-size:11pt}section{break-inside:avoid;page-break-inside:avoid}
            .chart .bar{fill:#555}a{color:inherit;text-decoration:none}}
            """;

    private ResultsPage() {
    }

    public static String render(SurveyResults results, OffsetDateTime publishedAt, Locale locale) {
        Texts t = Texts.of(locale);
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"").append(t.lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(results.title())).append(" · ").append(t.results)
                .append("</title><style>").append(STYLE).append("</style></head><body><main>");
        h.append("<h1>").append(Html.escape(results.title())).append("</h1>");
        h.append("<p class=\"note\">").append(t.responses).append(": <strong>").append(results.responses())
                .append("</strong>");
        if (publishedAt != null) {
            h.append(" · ").append(t.published).append(": ").append(WHEN.format(publishedAt));
        }
        h.append("</p>");
        int n = 0;
        for (QuestionResult q : results.questions()) {
            n++;
            h.append("<section aria-labelledby=\"q").append(n).append("\"><h2 id=\"q").append(n).append("\">")
                    .append(n).append(". ").append(Html.escape(q.title())).append("</h2>");
            h.append("<p class=\"note\">").append(t.answered).append(": ").append(q.answered()).append("</p>");
            switch (q) {
                case QuestionResult.Choice c -> counts(h, "q" + n, q.title(), c.options(), t);
                case QuestionResult.MatrixTally m -> {
                    int r = 0;
                    for (var row : m.rows()) {
                        h.append("<h3>").append(Html.escape(row.label())).append("</h3>");
                        counts(h, "q" + n + "-" + (++r), q.title() + " · " + row.label(), row.columns(), t);
                    }
                }
                case QuestionResult.RankingTally k -> ranking(h, "q" + n, k, t);
                case QuestionResult.Numeric x -> {
                    h.append("<p>").append(t.mean).append(": <strong>")
                            .append(x.mean() == null ? "–" : x.mean().toPlainString()).append("</strong>");
                    if (x.min() != null) {
                        h.append(" · ").append(t.min).append(" ").append(x.min().toPlainString()).append(" · ")
                                .append(t.max).append(" ").append(x.max().toPlainString());
                    }
                    h.append("</p>");
                    counts(h, "q" + n, q.title(), x.distribution(), t);
                }
                case QuestionResult.AnsweredOnly a -> h.append("<p class=\"note\">").append(t.notPublished)
                        .append("</p>");
            }
            h.append("</section>");
        }
        return h.append("</main></body></html>").toString();
    }

    private static void counts(StringBuilder h, String id, String title, List<Count> counts, Texts t) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Count c : counts) {
            bars.add(new BarChart.Bar(c.label(), c.count(), c.count() + " (" + c.percent().toPlainString() + "%)"));
        }
        h.append(BarChart.svg(id, title, bars));
        h.append("<table><thead><tr><th scope=\"col\">").append(t.option).append("</th><th scope=\"col\">")
                .append(t.count).append("</th><th scope=\"col\">%</th></tr></thead><tbody>");
        for (Count c : counts) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(c.label())).append("</th><td class=\"n\">")
                    .append(c.count()).append("</td><td class=\"n\">").append(c.percent().toPlainString())
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void ranking(StringBuilder h, String id, QuestionResult.RankingTally k, Texts t) {
        int places = k.options().size();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (var o : k.options()) {
            double avg = o.averagePosition() == null ? places + 1 : o.averagePosition().doubleValue();
            // a longer bar for a better (smaller) average position
            bars.add(new BarChart.Bar(o.label(), places + 1 - avg,
                    t.averagePosition + " " + (o.averagePosition() == null ? "–" : o.averagePosition().toPlainString())));
        }
        h.append(BarChart.svg(id, k.title(), bars));
        h.append("<table><thead><tr><th scope=\"col\">").append(t.option).append("</th><th scope=\"col\">")
                .append(t.averagePosition).append("</th></tr></thead><tbody>");
        for (var o : k.options()) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(o.label())).append("</th><td class=\"n\">")
                    .append(o.averagePosition() == null ? "–" : o.averagePosition().toPlainString())
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private record Texts(String lang, String results, String responses, String published, String answered,
                         String mean, String min, String max, String option, String count, String averagePosition,
                         String notPublished) {
        static Texts of(Locale locale) {
            if (locale != null && "en".equals(locale.getLanguage())) {
                return new Texts("en", "Results", "Responses", "Published", "Answered by", "Mean", "min", "max",
                        "Option", "Count", "Average position",
                        "Free answers are not published, to protect personal data; only their number is.");
            }
            return new Texts("zh-CN", "调查结果", "参与人数", "发布时间", "作答人数", "平均值", "最小", "最大",
                    "选项", "人数", "平均排名", "为保护个人信息，文字、日期和文件类回答不公开内容，仅公布作答人数。");
        }
    }
}
