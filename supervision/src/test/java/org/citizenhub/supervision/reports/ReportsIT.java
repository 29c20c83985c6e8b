package org.citizenhub.supervision.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citizenhub.supervision.SupervisionIT;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Report figures against numbers computed by hand, over a small known set of read-model rows inserted with SQL into
 * the year 2032, which no other test writes to (the movable clock stays in 2026; ReportsFromEventsIT publishes into
 * 2031, and what is published stays on the shared broker for every test database's intake), so the hub's totals are
 * exactly this set's.
 *
 * <pre>
 * sv_case (working days wd; on time = handled before due_at)              sv_rating (satisfaction; bad; rectified)
 * c1  D-TRANSPORT mailbox       rcv 11-03  handled 11-10 on time  5 wd    r1 D-TRANSPORT mailbox   11-11  5
 * c2  D-TRANSPORT mailbox       rcv 11-05  handled 11-20 late    11 wd    r2 D-TRANSPORT mailbox   11-15  2 bad, rectified
 * c3  D-TRANSPORT mailbox       rcv 11-28  open                           r3 D-DONGCHENG-EDU hall  11-10  1 bad, not rectified
 * c4  D-TRANSPORT mailbox       rcv 10-20  handled 11-02 on time  8 wd    r4 D-DONGCHENG-EDU hall  11-09  4
 * c5  D-TRANSPORT mailbox       rcv 03-02  handled 03-09 on time  4 wd    r5 D-TRANSPORT mailbox   06-01  3
 * c6  D-TRANSPORT consultation  rcv 11-12  handled 11-13 on time  1 wd    r6 D-HEALTH mailbox      10-15  4
 * c7  D-HEALTH mailbox          rcv 12-01 00:00  handled 12-03 on time 2 wd   (first instant of December)
 * c8  D-HEALTH mailbox          rcv 11-30 23:59:59  open                       (last second of November)
 * c9  D-DONGCHENG-EDUCATION service-hall  rcv 11-06  handled 11-09 on time 3 wd  (site DONGCHENG)
 * c10 D-DONGCHENG-EDUCATION rating-rectification rcv 11-07 handled 11-08: a bad rating's task, never a case counted
 * c11 D-HEALTH mailbox          rcv 2031-12-31  handled 2032-01-04 on time 2 wd
 * all times Asia/Shanghai; sites: D-TRANSPORT and D-HEALTH belong to GOV, D-DONGCHENG-EDUCATION to DONGCHENG
 *
 * sv_notice (督办, package notices' table)
 * n1 on c1 (D-TRANSPORT mailbox) issued 2032-11-12, replied 11-14
 * n2 on c3 (D-TRANSPORT mailbox) issued 2032-11-29, not replied
 * n3 on c7 (D-HEALTH mailbox)    issued 2032-12-02, replied 12-03
 * </pre>
 */
class ReportsIT extends SupervisionIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    /** Nothing of this set stays behind for the other features' tests on the same database (notices, overdue). */
    @AfterEach
    void noneOfTheKnownRows() {
        jdbc.sql("delete from sv_case where case_id like 'rpt-%'").update();
        jdbc.sql("delete from sv_rating where rating_id like 'rpt-%'").update();
        jdbc.sql("delete from sv_notice_step where notice_id in (select id from sv_notice where number like 'RPT-%')")
                .update();
        jdbc.sql("delete from sv_notice where number like 'RPT-%'").update();
    }

    @BeforeEach
    void theKnownRows() {
        noneOfTheKnownRows();
        kase("c1", "mailbox", "letter", "D-TRANSPORT", "GOV", "2032-11-03T10:00", "2032-11-10T10:00", true, 5);
        kase("c2", "mailbox", "letter", "D-TRANSPORT", "GOV", "2032-11-05T10:00", "2032-11-20T10:00", false, 11);
        kase("c3", "mailbox", "letter", "D-TRANSPORT", "GOV", "2032-11-28T10:00", null, null, null);
        kase("c4", "mailbox", "letter", "D-TRANSPORT", "GOV", "2032-10-20T10:00", "2032-11-02T10:00", true, 8);
        kase("c5", "mailbox", "letter", "D-TRANSPORT", "GOV", "2032-03-02T10:00", "2032-03-09T10:00", true, 4);
        kase("c6", "consultation", "consultation", "D-TRANSPORT", "GOV", "2032-11-12T10:00", "2032-11-13T10:00",
                true, 1);
        kase("c7", "mailbox", "letter", "D-HEALTH", "GOV", "2032-12-01T00:00", "2032-12-03T10:00", true, 2);
        kase("c8", "mailbox", "letter", "D-HEALTH", "GOV", "2032-11-30T23:59:59", null, null, null);
        kase("c9", "service-hall", "application", "D-DONGCHENG-EDUCATION", "DONGCHENG", "2032-11-06T10:00",
                "2032-11-09T10:00", true, 3);
        kase("c10", "service-hall", "rating-rectification", "D-DONGCHENG-EDUCATION", "DONGCHENG",
                "2032-11-07T10:00", "2032-11-08T10:00", true, 1);
        kase("c11", "mailbox", "letter", "D-HEALTH", "GOV", "2031-12-31T10:00", "2032-01-04T10:00", true, 2);
        rating("r1", "mailbox", "D-TRANSPORT", "GOV", 5, "2032-11-11T10:00", null);
        rating("r2", "mailbox", "D-TRANSPORT", "GOV", 2, "2032-11-15T10:00", "2032-11-20T10:00");
        rating("r3", "service-hall", "D-DONGCHENG-EDUCATION", "DONGCHENG", 1, "2032-11-10T10:00", null);
        rating("r4", "service-hall", "D-DONGCHENG-EDUCATION", "DONGCHENG", 4, "2032-11-09T10:00", null);
        rating("r5", "mailbox", "D-TRANSPORT", "GOV", 3, "2032-06-01T10:00", null);
        rating("r6", "mailbox", "D-HEALTH", "GOV", 4, "2032-10-15T10:00", null);
        notice("n1", "c1", "mailbox", "D-TRANSPORT", "GOV", "2032-11-12T10:00", "2032-11-14T10:00");
        notice("n2", "c3", "mailbox", "D-TRANSPORT", "GOV", "2032-11-29T10:00", null);
        notice("n3", "c7", "mailbox", "D-HEALTH", "GOV", "2032-12-02T10:00", "2032-12-03T10:00");
    }

    @Test
    void a_months_figures_per_department_and_service_site_and_hub_are_the_hand_computed_ones() {
        var lines = report("/reports?period=2032-11", TestAccounts.admin()).get("lines");

        // D-TRANSPORT mailbox: received c1 c2 c3 = 3; handled c1 c2 c4 = 3, on time c1 c4 = 2 → 66.7 %;
        // working days 5 + 11 + 8 = 24 / 3 = 8.0; ratings r1 r2: (5 + 2) / 2 = 3.5, satisfied r1 → 50.0 %;
        // bad r2, rectified → 100.0 %
        figures(line(lines, "service", "D-TRANSPORT", "mailbox"), 3, 3, 2, "66.7", "8.0", 2, "3.5", "50.0", 1, 1,
                "100.0");
        // D-TRANSPORT consultation: c6 received and handled on time, 1 wd; no rating
        figures(line(lines, "service", "D-TRANSPORT", "consultation"), 1, 1, 1, "100.0", "1.0", 0, null, null, 0, 0,
                null);
        // D-HEALTH mailbox: c8 (the last second of November) received, nothing handled: dashes, not 0 %;
        // c7 (the first instant of December) not in November
        figures(line(lines, "service", "D-HEALTH", "mailbox"), 1, 0, 0, null, null, 0, null, null, 0, 0, null);
        // D-DONGCHENG-EDUCATION hall: c9 only (c10, the rectification task, is no case); r3 r4: (1 + 4) / 2 = 2.5,
        // satisfied r4 → 50.0 %; bad r3 not rectified → 0.0 %
        figures(line(lines, "service", "D-DONGCHENG-EDUCATION", "service-hall"), 1, 1, 1, "100.0", "3.0", 2, "2.5",
                "50.0", 1, 0, "0.0");
        // D-TRANSPORT over its services: received 4, handled 4, on time 3 → 75.0 %; 25 wd / 4 = 6.25 → 6.3 (HALF_UP)
        figures(line(lines, "department", "D-TRANSPORT", null), 4, 4, 3, "75.0", "6.3", 2, "3.5", "50.0", 1, 1,
                "100.0");
        // site GOV: D-TRANSPORT and D-HEALTH: received 5, handled 4 (on time 3 → 75.0 %, 6.3 wd)
        figures(site(lines, "GOV"), 5, 4, 3, "75.0", "6.3", 2, "3.5", "50.0", 1, 1, "100.0");
        figures(site(lines, "DONGCHENG"), 1, 1, 1, "100.0", "3.0", 2, "2.5", "50.0", 1, 0, "0.0");
        // hub: received 6, handled 5, on time 4 → 80.0 %; 28 wd / 5 = 5.6; ratings 5 + 2 + 1 + 4 = 12 / 4 = 3.0,
        // satisfied r1 r4 → 50.0 %; bad r2 r3, rectified r2 → 50.0 %
        figures(hub(lines), 6, 5, 4, "80.0", "5.6", 4, "3.0", "50.0", 2, 1, "50.0");
        // notices: November n1 n2 to D-TRANSPORT mailbox, n1 replied; n3 is December's
        notices(line(lines, "service", "D-TRANSPORT", "mailbox"), 2, 1);
        notices(line(lines, "service", "D-HEALTH", "mailbox"), 0, 0);
        notices(hub(lines), 2, 1);
    }

    @Test
    void a_quarters_and_a_years_figures_are_the_hand_computed_ones() {
        var q4 = report("/reports?period=2032-Q4", TestAccounts.admin()).get("lines");
        // Q4 = November's rows + c4 received 10-20, c7 received 12-01 and handled 12-03 (on time, 2 wd), r6 (4)
        // D-HEALTH mailbox: received c7 c8 = 2, handled c7 → 100.0 %, 2.0 wd; r6 → 4.0, 100.0 %; no bad → —
        figures(line(q4, "service", "D-HEALTH", "mailbox"), 2, 1, 1, "100.0", "2.0", 1, "4.0", "100.0", 0, 0, null);
        // GOV: received 4 + 1 + 2 = 7, handled 4 + 1 = 5, on time 4 → 80.0 %, wd 25 + 2 = 27 / 5 = 5.4;
        // ratings r1 r2 r6: 11 / 3 = 3.67 → 3.7, satisfied r1 r6 → 66.7 %
        figures(site(q4, "GOV"), 7, 5, 4, "80.0", "5.4", 3, "3.7", "66.7", 1, 1, "100.0");
        // hub: received 8, handled 6, on time 5 → 83.3 %, wd 30 / 6 = 5.0; 16 / 5 = 3.2, satisfied 3 → 60.0 %
        figures(hub(q4), 8, 6, 5, "83.3", "5.0", 5, "3.2", "60.0", 2, 1, "50.0");
        // notices n1 n2 n3 issued, n1 n3 replied
        notices(line(q4, "service", "D-HEALTH", "mailbox"), 1, 1);
        notices(hub(q4), 3, 2);

        var year = report("/reports?period=2032", TestAccounts.admin()).get("lines");
        // the year adds c5 (March: received and handled on time, 4 wd), c11 (received 2031, handled 2032-01-04 on
        // time, 2 wd: handled, not received, this year) and r5 (3)
        // D-TRANSPORT: received c1–c6 = 6, handled c1 c2 c4 c5 c6 = 5, on time 4 → 80.0 %, 29 wd / 5 = 5.8;
        // r1 r2 r5: 10 / 3 = 3.33 → 3.3, satisfied r1 → 33.3 %
        figures(line(year, "department", "D-TRANSPORT", null), 6, 5, 4, "80.0", "5.8", 3, "3.3", "33.3", 1, 1,
                "100.0");
        // D-HEALTH: received c7 c8 = 2, handled c7 c11 = 2 → 100.0 %, 4 wd / 2 = 2.0
        figures(line(year, "department", "D-HEALTH", null), 2, 2, 2, "100.0", "2.0", 1, "4.0", "100.0", 0, 0, null);
        // hub: received 9, handled 8, on time 7 → 87.5 %, 36 wd / 8 = 4.5; 19 / 6 = 3.17 → 3.2, satisfied 3 → 50.0 %
        figures(hub(year), 9, 8, 7, "87.5", "4.5", 6, "3.2", "50.0", 2, 1, "50.0");
        notices(hub(year), 3, 2);
    }

    @Test
    void a_site_or_a_service_narrows_the_report_and_the_totals_follow() {
        var dongcheng = report("/reports?period=2032-11&site=DONGCHENG", TestAccounts.admin()).get("lines");
        assertThat(departments(dongcheng)).containsOnly("D-DONGCHENG-EDUCATION");
        figures(hub(dongcheng), 1, 1, 1, "100.0", "3.0", 2, "2.5", "50.0", 1, 0, "0.0");

        var consultation = report("/reports?period=2032-11&service=consultation", TestAccounts.supervisor())
                .get("lines");
        figures(hub(consultation), 1, 1, 1, "100.0", "1.0", 0, null, null, 0, 0, null);
    }

    @Test
    void a_handler_sees_only_their_department_and_is_refused_another() {
        var health = TestAccounts.handler("D-HEALTH");
        var own = report("/reports?period=2032-11", health).get("lines");
        assertThat(departments(own)).containsOnly("D-HEALTH");
        figures(hub(own), 1, 0, 0, null, null, 0, null, null, 0, 0, null);

        var other = get("/reports?period=2032-11&department=D-TRANSPORT", health, "Accept-Language", "en");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.problemType()).isEqualTo("report-department-not-in-scope");
        assertThat(other.json().get("detail").asString()).contains("D-TRANSPORT");
    }

    @Test
    void a_districts_supervisor_sees_the_district_and_a_citizen_no_report() {
        var district = TestAccounts.atSite("DONGCHENG", null, "supervisor");
        var lines = report("/reports?period=2032-11", district).get("lines");
        assertThat(departments(lines)).containsOnly("D-DONGCHENG-EDUCATION");

        var citizen = get("/reports?period=2032-11", TestAccounts.citizen(), "Accept-Language", "zh-CN");
        assertThat(citizen.status()).isEqualTo(403);
        assertThat(citizen.problemType()).isEqualTo("reports-not-permitted");
        assertThat(citizen.json().get("title").asString()).isEqualTo("无权查看报表");
    }

    @Test
    void a_department_head_sees_their_own_department() {
        var head = TestAccounts.withRoles("D-TRANSPORT", "department-head");
        var lines = report("/reports?period=2032-11", head).get("lines");
        assertThat(departments(lines)).containsOnly("D-TRANSPORT");
        figures(hub(lines), 4, 4, 3, "75.0", "6.3", 2, "3.5", "50.0", 1, 1, "100.0");
    }

    @Test
    void a_period_that_is_no_month_quarter_or_year_is_refused_with_the_reason() {
        var zh = get("/reports?period=2032-13", TestAccounts.admin(), "Accept-Language", "zh-CN");
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.problemType()).isEqualTo("invalid-report-period");
        assertThat(zh.json().get("detail").asString()).contains("2026-Q4");
        var format = get("/reports?period=2032&format=pdf", TestAccounts.admin(), "Accept-Language", "en");
        assertThat(format.problemType()).isEqualTo("unknown-report-format");
    }

    @Test
    void the_csv_reads_back_with_a_bom_rfc_4180_and_the_same_figures() throws Exception {
        var response = get("/reports?period=2032-11&format=csv", TestAccounts.admin());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("report-2032-11.csv");
        String body = response.body();
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
        assertThat(records.getFirst().get(0)).isEqualTo("层级 Level");
        assertThat(records.getFirst().get(7)).isEqualTo("按时办结率% On-time %");
        var transport = records.stream().filter(r -> r.get(0).equals("service") && r.get(2).equals("D-TRANSPORT")
                && r.get(3).equals("mailbox")).findFirst().orElseThrow();
        assertThat(transport.values()).containsExactly("service", "GOV", "D-TRANSPORT", "mailbox", "3", "3", "2",
                "66.7", "8.0", "2", "3.5", "50.0", "1", "1", "100.0", "2", "1");
        var health = records.stream().filter(r -> r.get(2).equals("D-HEALTH") && r.get(0).equals("service"))
                .findFirst().orElseThrow();
        assertThat(health.get(7)).isEqualTo("—");
        assertThat(records.getLast().get(0)).isEqualTo("hub");
        assertThat(records.getLast().get(4)).isEqualTo("6");
    }

    @Test
    void the_xlsx_reads_back_with_numbers_as_numbers() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/reports?period=2032-Q4&format=xlsx"))
                .header("Authorization", TestAccounts.admin().bearer()).GET().build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo(ReportController.XLSX);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("受理 Received");
            var hub = sheet.getRow(sheet.getLastRowNum());
            assertThat(hub.getCell(0).getStringCellValue()).isEqualTo("hub");
            assertThat(hub.getCell(4).getNumericCellValue()).isEqualTo(8.0);
            assertThat(hub.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(hub.getCell(7).getNumericCellValue()).isEqualTo(83.3);
            assertThat(hub.getCell(8).getNumericCellValue()).isEqualTo(5.0);
            assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("2032-Q4 2032年第四季度");
        }
    }

    @Test
    void the_printable_annual_report_is_headed_as_a_government_report_with_print_css() {
        var page = get("/reports?period=2032&format=html", TestAccounts.supervisor());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("政务公开").contains("2032年度部门办理绩效报表").contains("年度报表")
                .contains("报告期间：2032年度 (2032-01-01 – 2032-12-31)").contains("生成时间：2026-11-16 10:00")
                .contains("一、各部门办理情况").contains("二、各站点合计").contains("三、总计")
                .contains("@media print").contains("@page{size:A4 landscape")
                .contains("<td class=\"n\">87.5</td>").contains("<td class=\"n\">—</td>");
        assertThat(get("/reports?period=2032-11&format=html", TestAccounts.supervisor(), "Accept-Language", "en")
                .body()).contains("Monthly report").contains("November 2032");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private JsonNode report(String path, TestAccounts.Account who) {
        var response = get(path, who);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode line(JsonNode lines, String level, String department, String service) {
        for (JsonNode l : lines) {
            if (l.get("level").asString().equals(level) && department.equals(text(l, "department"))
                    && (service == null || service.equals(text(l, "service")))) {
                return l;
            }
        }
        throw new AssertionError("no line " + level + " " + department + " " + service + " in " + lines);
    }

    private static JsonNode site(JsonNode lines, String site) {
        for (JsonNode l : lines) {
            if (l.get("level").asString().equals("site") && site.equals(text(l, "site"))) {
                return l;
            }
        }
        throw new AssertionError("no site " + site + " in " + lines);
    }

    private static JsonNode hub(JsonNode lines) {
        assertThat(lines.get(lines.size() - 1).get("level").asString()).isEqualTo("hub");
        return lines.get(lines.size() - 1);
    }

    private static List<String> departments(JsonNode lines) {
        var names = new java.util.ArrayList<String>();
        lines.forEach(l -> {
            if (text(l, "department") != null) {
                names.add(text(l, "department"));
            }
        });
        return names;
    }

    private static String text(JsonNode node, String field) {
        var v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** Counts exactly; percentages and averages as their one-decimal text, null for "—". */
    private static void figures(JsonNode l, long received, long handled, long onTime, String onTimeRate,
                                String averageWorkingDays, long rated, String averageSatisfaction,
                                String satisfiedRate, long bad, long rectified, String rectifiedRate) {
        assertThat(Arrays.asList(l.get("received").asLong(), l.get("handled").asLong(),
                l.get("handledOnTime").asLong(), decimal(l, "onTimeRate"), decimal(l, "averageWorkingDays"),
                l.get("rated").asLong(), decimal(l, "averageSatisfaction"), decimal(l, "satisfiedRate"),
                l.get("bad").asLong(), l.get("badRectified").asLong(), decimal(l, "rectifiedRate")))
                .as(l.toString())
                .containsExactly(received, handled, onTime, onTimeRate, averageWorkingDays, rated,
                        averageSatisfaction, satisfiedRate, bad, rectified, rectifiedRate);
    }

    private static void notices(JsonNode l, long issued, long replied) {
        assertThat(List.of(l.get("noticesIssued").asLong(), l.get("noticesReplied").asLong())).as(l.toString())
                .containsExactly(issued, replied);
    }

    private static String decimal(JsonNode l, String field) {
        var v = l.get(field);
        return v == null || v.isNull() ? null : new java.math.BigDecimal(v.asString()).setScale(1).toPlainString();
    }

    private void kase(String id, String service, String caseType, String department, String site, String received,
                      String handled, Boolean onTime, Integer workingDays) {
        jdbc.sql("""
                insert into sv_case (service, case_type, case_id, tracking_number, department, site, received_at,
                                     handled_at, on_time, working_days, last_occurred_at)
                values (:service, :type, :id, :id, :department, :site, :received, :handled, :onTime, :wd, :received)
                """).param("service", service).param("type", caseType).param("id", "rpt-" + id)
                .param("department", department).param("site", site).param("received", at(received))
                .param("handled", at(handled)).param("onTime", onTime).param("wd", workingDays).update();
    }

    private void rating(String id, String service, String department, String site, int satisfaction, String rated,
                        String rectified) {
        jdbc.sql("""
                insert into sv_rating (service, rating_id, department, site, satisfaction, bad, rated_at, rectified_at)
                values (:service, :id, :department, :site, :satisfaction, :bad, :rated, :rectified)
                """).param("service", service).param("id", "rpt-" + id).param("department", department)
                .param("site", site).param("satisfaction", satisfaction).param("bad", satisfaction <= 2)
                .param("rated", at(rated)).param("rectified", at(rectified)).update();
    }

    /** A notice row as package notices stores it, with its REPLIED step when replied. */
    private void notice(String number, String caseId, String service, String department, String site, String issued,
                        String replied) {
        var id = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into sv_notice (id, number, service, case_type, case_id, department, site, issued_by, issued_at,
                                       phase, round, deadlines)
                values (:id, :number, :service, 'letter', :caseId, :department, :site, 'rpt-supervisor', :issued,
                        :phase, 1, '{}'::jsonb)
                """).param("id", id).param("number", "RPT-" + number).param("service", service)
                .param("caseId", "rpt-" + caseId).param("department", department).param("site", site)
                .param("issued", at(issued)).param("phase", replied == null ? "ISSUED" : "REPLIED").update();
        step(id, 1, "ISSUED", issued);
        if (replied != null) {
            step(id, 2, "REPLIED", replied);
        }
    }

    private void step(java.util.UUID notice, int seq, String kind, String at) {
        jdbc.sql("""
                insert into sv_notice_step (notice_id, seq, kind, round, at, actor_subject)
                values (:notice, :seq, :kind, 1, :at, 'rpt-test')
                """).param("notice", notice).param("seq", seq).param("kind", kind).param("at", at(at)).update();
    }

    private static Timestamp at(String shanghaiLocal) {
        return shanghaiLocal == null ? null
                : Timestamp.from(OffsetDateTime.parse(shanghaiLocal + (shanghaiLocal.length() == 16 ? ":00" : "")
                + "+08:00").toInstant());
    }
}
