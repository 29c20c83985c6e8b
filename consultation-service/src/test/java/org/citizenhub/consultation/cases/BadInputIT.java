package org.citizenhub.consultation.cases;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citizenhub.consultation.ConsultationIT;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every endpoint: each answer is a 4xx application/problem+json with a stable type, never a 500 and
 * never a stack trace.
 */
class BadInputIT extends ConsultationIT {

    private record Bad(String method, String path, Account who, String contentType, String body, int status,
                       String... headers) {
    }

    @Test
    void every_endpoint_answers_bad_input_with_a_problem_document() {
        var citizen = TestAccounts.citizen();
        String tn = dispatched(citizen, caseOf("COMPLAINT", "TRANSPORT", "噪音扰民", "夜间施工噪音扰民。"), "D-TRANSPORT");
        String base = "/handling/cases/" + tn + "/";
        String tooLong = "字".repeat(1001);
        String huge = "x".repeat(70 * 1024);
        var cases = new ArrayList<Bad>(List.of(
                // submission
                new Bad("POST", "/cases", citizen, JSON, "{not json", 400),
                new Bad("POST", "/cases", citizen, "text/plain", "hello", 415),
                new Bad("POST", "/cases", citizen, JSON, "{}", 400),
                new Bad("POST", "/cases", citizen, JSON, json(Map.of("kind", "RUMOUR", "category", "GENERAL",
                        "title", "t", "body", "b")), 400),
                new Bad("POST", "/cases", citizen, JSON, json(caseOf("COMPLAINT", "NO_SUCH", "t", "b")), 400),
                new Bad("POST", "/cases", citizen, JSON, json(caseOf("COMPLAINT", "general", "t", "b")), 400),
                new Bad("POST", "/cases", citizen, JSON, json(caseOf("COMPLAINT", "GENERAL", "标".repeat(101), "b")),
                        400),
                new Bad("POST", "/cases", citizen, JSON, json(caseOf("ERROR_REPORT", "WEBSITE", "t", "b")), 400),
                new Bad("POST", "/cases", citizen, JSON, json(withAll(caseOf("ERROR_REPORT", "WEBSITE", "t", "b"),
                        Map.of("pageUrl", "javascript:alert(1)", "errorType", "BROKEN_LINK"))), 400),
                new Bad("POST", "/cases", citizen, JSON, json(withAll(caseOf("COMPLAINT", "GENERAL", "t", "b"),
                        Map.of("contactChannel", "SMS"))), 400),
                new Bad("POST", "/cases", citizen, JSON, json(withAll(caseOf("COMPLAINT", "GENERAL", "t", "b"),
                        Map.of("contactChannel", "EMAIL", "email", "not-an-address"))), 400),
                new Bad("POST", "/cases", citizen, JSON, json(withAll(caseOf("COMPLAINT", "GENERAL", "t", "b"),
                        Map.of("attachmentIds", List.of("not-a-uuid")))), 400),
                new Bad("POST", "/cases", citizen, JSON, json(withAll(caseOf("COMPLAINT", "GENERAL", "t", "b"),
                        Map.of("attachmentIds", List.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301")))), 400),
                new Bad("POST", "/cases", citizen, JSON, json(caseOf("COMPLAINT", "GENERAL", "t", huge)), 413),
                new Bad("POST", "/cases", citizen, JSON, json(caseOf("COMPLAINT", "GENERAL", "t", "b")), 400,
                        "Idempotency-Key", "short"),
                new Bad("POST", "/cases", null, JSON, json(caseOf("COMPLAINT", "GENERAL", "t", "b")), 401),
                new Bad("POST", "/cases", transport, JSON, json(caseOf("COMPLAINT", "GENERAL", "t", "b")), 403),
                // the citizen's own cases
                new Bad("GET", "/cases?size=1000", citizen, null, null, 400),
                new Bad("GET", "/cases?page=-1", citizen, null, null, 400),
                new Bad("GET", "/cases?page=abc", citizen, null, null, 400),
                new Bad("GET", "/cases/not-a-number", citizen, null, null, 404),
                new Bad("GET", "/cases/ML20261130000001", citizen, null, null, 404),
                new Bad("POST", "/cases/" + tn + "/supplements", citizen, JSON, "{}", 400),
                new Bad("POST", "/cases/" + tn + "/supplements", citizen, JSON, json(Map.of("answer", "x")), 409),
                new Bad("POST", "/cases/" + tn + "/rating", citizen, JSON, json(Map.of("rating", "GREAT")), 400),
                new Bad("POST", "/cases/" + tn + "/rating", citizen, JSON, json(Map.of("rating", "SATISFIED")), 409),
                new Bad("POST", "/attachments", citizen, "multipart/form-data; boundary=x", "--x--\r\n", 400),
                new Bad("GET", "/attachments/not-a-uuid", citizen, null, null, 404),
                new Bad("GET", "/public/cases/" + tn + "/progress", null, null, null, 400),
                new Bad("GET", "/public/cases/" + tn + "/progress", null, null, null, 404, "X-Query-Code", "x"),
                // handling
                new Bad("GET", "/handling/cases/" + tn + "x", transport, null, null, 404),
                new Bad("POST", base + "acceptance", dispatcher, JSON, json(Map.of("note", tooLong)), 400),
                new Bad("POST", base + "acceptance", dispatcher, JSON, "{}", 409),
                new Bad("POST", base + "refusal", dispatcher, JSON, json(Map.of("reason", "BORING",
                        "explanation", "x")), 400),
                new Bad("POST", base + "refusal", dispatcher, JSON, json(Map.of("reason", "OTHER")), 400),
                new Bad("POST", base + "merge", dispatcher, JSON, json(Map.of("into", "ML20260101000001")), 400),
                new Bad("POST", base + "merge", dispatcher, JSON, json(Map.of("into", "ZX20260101999999")), 404),
                new Bad("POST", base + "dispatch", dispatcher, JSON, json(Map.of("lead", "transport")), 400),
                new Bad("POST", base + "dispatch", dispatcher, JSON, json(Map.of("lead", "D-TRANSPORT",
                        "coHandlers", List.of("A", "B", "C", "D", "E", "F"))), 400),
                new Bad("POST", base + "dispatch", dispatcher, JSON, json(Map.of("lead", "D-TRANSPORT")), 409),
                new Bad("POST", base + "redispatch", dispatcher, JSON, json(Map.of("lead", "D-HOUSING")), 409),
                new Bad("POST", base + "dispute", transport, JSON, json(Map.of("reason", tooLong)), 400),
                new Bad("POST", base + "dispute-overruling", dispatcher, JSON, "{}", 400),
                new Bad("POST", base + "co-handling-part", transport, JSON, json(Map.of("text", "x")), 404),
                new Bad("POST", base + "transfer", transport, JSON, json(Map.of("department", "D-TRANSPORT",
                        "reason", "x")), 400),
                new Bad("POST", base + "transfer", transport, JSON, json(Map.of("department", "D-HOUSING")), 400),
                new Bad("POST", base + "information-request", transport, JSON, json(Map.of("question", "")), 400),
                new Bad("POST", base + "extension-request", transport, JSON, json(Map.of("amount", 0,
                        "reason", "x")), 400),
                new Bad("POST", base + "extension-request", transport, JSON, json(Map.of("amount", 61,
                        "reason", "x")), 400),
                new Bad("POST", base + "extension-decision", supervisor, JSON, json(Map.of("approve", true)), 409),
                new Bad("POST", base + "promised-completion", transport, JSON, json(Map.of("date", "2026-13-45",
                        "note", "x")), 400),
                new Bad("POST", base + "promised-completion", transport, JSON, json(Map.of("date", "2020-01-02",
                        "note", "x")), 400),
                new Bad("POST", base + "reply", transport, JSON, json(Map.of("text", "x".repeat(10_001))), 400),
                new Bad("POST", base + "review", reviewer, JSON, json(Map.of("approve", true)), 409),
                new Bad("POST", base + "review", reviewer, JSON, json(Map.of("approve", "maybe")), 400),
                new Bad("POST", base + "follow-up", dispatcher, JSON, json(Map.of("reached", true,
                        "satisfaction", "SATISFIED")), 409),
                new Bad("POST", base + "follow-up", dispatcher, JSON, json(Map.of("satisfaction", "SATISFIED")), 400),
                new Bad("POST", base + "urging", supervisor, JSON, json(Map.of("note", "")), 400),
                new Bad("GET", base + "attachments/not-a-uuid", transport, null, null, 404),
                // queues
                new Bad("GET", "/workbench/department?size=0", transport, null, null, 400),
                new Bad("GET", "/workbench/supervision?filter=everything", supervisor, null, null, 400),
                new Bad("GET", "/workbench/review", transport, null, null, 403),
                // administration
                new Bad("PUT", "/admin/time-rules/CONSULTATION/*/reply", admin, JSON,
                        json(Map.of("unit", "FORTNIGHTS", "amount", 1, "dueSoon", 0)), 400),
                new Bad("PUT", "/admin/time-rules/CONSULTATION/*/reply", admin, JSON,
                        json(Map.of("unit", "WORKING_DAYS", "amount", 400, "dueSoon", 0)), 400),
                new Bad("PUT", "/admin/time-rules/CONSULTATION/*/reply", admin, JSON,
                        json(Map.of("unit", "WORKING_DAYS", "amount", 3, "dueSoon", 5)), 400),
                new Bad("PUT", "/admin/time-rules/CONSULTATION/*/investigation", admin, JSON,
                        json(Map.of("unit", "WORKING_DAYS", "amount", 3, "dueSoon", 1)), 400),
                new Bad("PUT", "/admin/time-rules/CONSULTATION/NOPE/reply", admin, JSON,
                        json(Map.of("unit", "WORKING_DAYS", "amount", 3, "dueSoon", 1)), 400),
                new Bad("PUT", "/admin/time-rules/RUMOUR/*/reply", admin, JSON,
                        json(Map.of("unit", "WORKING_DAYS", "amount", 3, "dueSoon", 1)), 400),
                new Bad("DELETE", "/admin/time-rules/COMPLAINT/GENERAL/investigation", admin, null, null, 404),
                // sites: each site's dispatch centre, the site of public requests
                new Bad("PUT", "/admin/dispatch-centres/DONGCHENG", admin, JSON, json(Map.of("department", "x")), 400),
                new Bad("PUT", "/admin/dispatch-centres/DONGCHENG", admin, JSON, "{", 400),
                new Bad("PUT", "/admin/dispatch-centres/DONGCHENG", admin, JSON,
                        json(Map.of("department", "D-TRANSPORT")), 400),
                new Bad("PUT", "/admin/dispatch-centres/NOWHERE", admin, JSON,
                        json(Map.of("department", "D-TRANSPORT")), 404),
                new Bad("PUT", "/admin/dispatch-centres/" + "S".repeat(60), admin, JSON,
                        json(Map.of("department", "D-TRANSPORT")), 400),
                new Bad("DELETE", "/admin/dispatch-centres/GOV", admin, null, null, 404),
                new Bad("GET", "/admin/dispatch-centres", transport, null, null, 403),
                new Bad("POST", "/cases?site=NOWHERE", TestAccounts.citizen(), JSON,
                        json(caseOf("CONSULTATION", "GENERAL", "标题", "内容")), 404),
                new Bad("GET", "/public/answers?site=" + "x".repeat(300), null, null, null, 404),
                new Bad("GET", "/public/statistics/2026-11?includeChildren=yes", null, null, null, 400)));

        var failures = new ArrayList<String>();
        for (Bad bad : cases) {
            var response = request(bad.method(), bad.path(), bad.who(), bad.contentType(), bad.body(), bad.headers());
            boolean problem = String.valueOf(response.header("Content-Type")).startsWith("application/problem+json");
            if (response.status() != bad.status() || !problem || response.body().contains("Exception")) {
                failures.add(bad.method() + " " + bad.path() + " " + abbreviate(bad.body()) + " -> "
                        + response.status() + " (expected " + bad.status() + ") " + abbreviate(response.body()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_refusal_by_a_named_policy_carries_its_reason_in_chinese_and_in_english() {
        var citizen = TestAccounts.citizen();
        String tn = dispatched(citizen, caseOf("COMPLAINT", "TRANSPORT", "停车难", "小区周边停车难。"), "D-TRANSPORT",
                "D-ENVIRONMENT");
        var zh = request("POST", "/handling/cases/" + tn + "/reply", transport, JSON, json(Map.of("text", "答复")),
                "Accept-Language", "zh-CN");
        var en = request("POST", "/handling/cases/" + tn + "/reply", transport, JSON, json(Map.of("text", "答复")),
                "Accept-Language", "en");
        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.problemType()).isEqualTo("consolidated-reply-needs-every-co-handling-part");
        assertThat(zh.json().get("detail").asString()).contains("协办").contains("D-ENVIRONMENT");
        assertThat(en.json().get("detail").asString()).contains("co-handling").contains("D-ENVIRONMENT");
    }

    private static Map<String, Object> withAll(Map<String, Object> base, Map<String, Object> more) {
        base.putAll(more);
        return base;
    }

    private static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
