package org.citizenhub.supervision.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citizenhub.supervision.SupervisionApplication;
import org.citizenhub.supervision.reports.domain.Figures;
import org.citizenhub.supervision.reports.domain.PerformanceReport;
import org.citizenhub.supervision.reports.domain.ReportLine;
import org.citizenhub.supervision.reports.domain.ReportPeriod;
import org.citizenhub.tables.Html;

/**
 * The printable report (年度报表 as the regulations on 政务公开 ask for it): a self-contained HTML page with print CSS
 * (A4 landscape, table headers repeated on every page, no row split across pages), headed like a government annual
 * report, with the period, the time it was generated, a table per department and service, and the totals per site
 * and for the hub. Chinese by default, English on request.
 */
final class ReportPage {

    private record Labels(String kicker, Map<ReportPeriod.Kind, String> title, String period, String generated,
                          String departments, String sites, String hub, String definitions, String site,
                          String department, String service, String departmentTotal, String siteTotal,
                          String hubTotal, List<String> figures, List<String> notes, Map<String, String> services,
                          String unknown) {
    }

    private static final Labels ZH = new Labels("政务公开",
            Map.of(ReportPeriod.Kind.MONTH, "月度报表", ReportPeriod.Kind.QUARTER, "季度报表",
                    ReportPeriod.Kind.YEAR, "年度报表"),
            "报告期间", "生成时间", "一、各部门办理情况", "二、各站点合计", "三、总计", "四、指标说明",
            "站点", "部门", "业务", "部门小计", "站点合计", "总计",
            List.of("受理", "办结", "按时办结", "按时办结率（%）", "平均办理工作日", "评价数", "平均满意度",
                    "满意率（%）", "差评", "差评已整改", "整改率（%）", "督办件", "督办已回复"),
            List.of("受理：报告期内提交的件数；办结：报告期内答复、办结或公布反馈的件数（不含差评整改任务）。",
                    "按时办结：在办理期限（due_at）之前办结；按时办结率 = 按时办结 ÷ 办结。",
                    "平均办理工作日 = 办结件从受理到办结的工作日之和 ÷ 办结件数（工作日按法定节假日和调休计算）。",
                    "满意度：报告期内的评价（1–5 分）的平均分；满意率 = 满意及非常满意（4–5 分）÷ 评价数。",
                    "差评已整改：报告期内的差评中，截至生成时间已完成整改的件数；整改率 = 差评已整改 ÷ 差评。",
                    "督办件：报告期内发出的督办通知；督办已回复：其中部门已回复的件数。",
                    "比率和平均值四舍五入保留一位小数；无可计算的基数时显示“—”。"),
            Map.of("mailbox", "领导信箱", "consultation", "咨询", "service-hall", "政务服务", "survey", "意见征集"),
            "（未知）");

    private static final Labels EN = new Labels("Government information disclosure",
            Map.of(ReportPeriod.Kind.MONTH, "Monthly report", ReportPeriod.Kind.QUARTER, "Quarterly report",
                    ReportPeriod.Kind.YEAR, "Annual report"),
            "Period", "Generated at", "1. Departments", "2. Sites", "3. Total", "4. Definitions",
            "Site", "Department", "Service", "Department total", "Site total", "Total",
            List.of("Received", "Handled", "On time", "On time (%)", "Average working days", "Ratings",
                    "Average satisfaction", "Satisfied (%)", "Bad ratings", "Rectified", "Rectified (%)",
                    "Notices", "Notices replied"),
            List.of("Received: submitted in the period; handled: answered, decided or feedback published in the "
                            + "period (rectification tasks of bad ratings not counted as cases).",
                    "On time: handled before the deadline (due_at); on-time rate = on time / handled.",
                    "Average working days = sum of working days from receipt to handling / handled.",
                    "Satisfaction: average of the period's ratings (1–5); satisfied = 4 or 5 / ratings.",
                    "Rectified: the period's bad ratings whose rectification was completed by the time of the report.",
                    "Notices: supervision notices issued in the period; replied: of those, answered by the department.",
                    "Rates and averages rounded half up to one decimal; “—” where there is nothing to divide by."),
            Map.of("mailbox", "Mailbox", "consultation", "Consultation", "service-hall", "Service hall", "survey",
                    "Public consultation"),
            "(unknown)");

    private static final String CSS = """
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;color:#000;margin:2em;}
            header{text-align:center;border-bottom:3px double #b00;margin-bottom:1.5em;padding-bottom:.8em;}
            .kicker{color:#b00;font-size:1.1em;letter-spacing:.4em;margin:0;}
            h1{font-size:1.8em;margin:.3em 0;letter-spacing:.1em;}
            .kind{font-size:1.2em;margin:.2em 0 .6em;letter-spacing:.3em;}
            .meta{margin:.2em 0;font-size:.95em;}
            h2{font-size:1.2em;margin:1.4em 0 .5em;}
            table{border-collapse:collapse;width:100%;font-size:.85em;}
            th,td{border:1px solid #444;padding:.25em .4em;}
            th{background:#f2f2f2;font-weight:bold;}
            td.n{text-align:right;font-variant-numeric:tabular-nums;}
            tr.total td,tr.total th{font-weight:bold;background:#fafafa;}
            ol.notes{font-size:.85em;}
            @media print{
              @page{size:A4 landscape;margin:12mm;}
              body{margin:0;}
              thead{display:table-header-group;}
              tr{break-inside:avoid;}
              h2{break-after:avoid;}
              th{background:none;}
            }
            """;

    private ReportPage() {
    }

    static String render(PerformanceReport report, Locale locale) {
        Labels t = "en".equals(locale.getLanguage()) ? EN : ZH;
        ReportPeriod p = report.period();
        // 2032年度部门办理绩效报表 / Department performance, Year 2032; the kind (年度报表) below it
        String title = t == EN ? "Department performance, " + p.label(locale) : p.label(locale) + "部门办理绩效报表";
        var h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"").append(t == EN ? "en" : "zh-CN").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>")
                .append(CSS).append("</style></head><body><header><p class=\"kicker\">").append(t.kicker())
                .append("</p><h1>").append(Html.escape(title)).append("</h1><p class=\"kind\">")
                .append(t.title().get(p.kind())).append("</p><p class=\"meta\">")
                .append(t.period()).append(t == EN ? ": " : "：").append(Html.escape(p.label(locale))).append(" (")
                .append(p.from()).append(" – ").append(p.until().minusDays(1)).append(")</p><p class=\"meta\">")
                .append(t.generated()).append(t == EN ? ": " : "：")
                .append(ReportTables.GENERATED.format(report.generatedAt().atZone(SupervisionApplication.ZONE)))
                .append("</p></header>");

        h.append("<h2>").append(t.departments()).append("</h2>");
        table(h, t, List.of(t.site(), t.department(), t.service()), report.lines().stream()
                .filter(l -> l.level() == ReportLine.Level.SERVICE || l.level() == ReportLine.Level.DEPARTMENT)
                .toList(), (l, row) -> {
                    boolean total = l.level() == ReportLine.Level.DEPARTMENT;
                    row.append(cell(l.site(), t)).append(cell(l.department(), t)).append("<td>")
                            .append(total ? t.departmentTotal()
                                    : Html.escape(t.services().getOrDefault(l.service(), name(l.service(), t))))
                            .append("</td>");
                });
        h.append("<h2>").append(t.sites()).append("</h2>");
        table(h, t, List.of(t.site()), report.at(ReportLine.Level.SITE),
                (l, row) -> row.append(cell(l.site(), t)));
        h.append("<h2>").append(t.hub()).append("</h2>");
        table(h, t, List.of(""), report.at(ReportLine.Level.HUB),
                (l, row) -> row.append("<td>").append(t.hubTotal()).append("</td>"));
        h.append("<h2>").append(t.definitions()).append("</h2><ol class=\"notes\">");
        t.notes().forEach(n -> h.append("<li>").append(Html.escape(n)).append("</li>"));
        h.append("</ol></body></html>");
        return h.toString();
    }

    private interface Keys {
        void append(ReportLine line, StringBuilder row);
    }

    private static void table(StringBuilder h, Labels t, List<String> keyHeads, List<ReportLine> lines, Keys keys) {
        h.append("<table><thead><tr>");
        keyHeads.forEach(k -> h.append("<th scope=\"col\">").append(Html.escape(k)).append("</th>"));
        t.figures().forEach(f -> h.append("<th scope=\"col\">").append(Html.escape(f)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (ReportLine l : lines) {
            var row = new StringBuilder();
            row.append(l.level() == ReportLine.Level.SERVICE ? "<tr>" : "<tr class=\"total\">");
            keys.append(l, row);
            Figures f = l.figures();
            for (String v : List.of(Long.toString(f.received()), Long.toString(f.handled()),
                    Long.toString(f.handledOnTime()), f.onTimeRate().text(), f.averageWorkingDays().text(),
                    Long.toString(f.rated()), f.averageSatisfaction().text(), f.satisfiedRate().text(),
                    Long.toString(f.bad()), Long.toString(f.badRectified()), f.rectifiedRate().text(),
                    Long.toString(f.noticesIssued()), Long.toString(f.noticesReplied()))) {
                row.append("<td class=\"n\">").append(Html.escape(v)).append("</td>");
            }
            h.append(row).append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static String cell(String value, Labels t) {
        return "<td>" + Html.escape(name(value, t)) + "</td>";
    }

    private static String name(String value, Labels t) {
        return value == null ? t.unknown() : value;
    }
}
