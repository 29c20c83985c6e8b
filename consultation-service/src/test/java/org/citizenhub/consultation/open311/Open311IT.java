package org.citizenhub.consultation.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.citizenhub.consultation.PublicDataIT;
import org.citizenhub.testing.TestAccounts;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Open311 GeoReport v2 against the real servers: field names and formats as the spec has them, the spec's error
 * array with the right status, form-encoded POST with and without a Keycloak token, and no personal data.
 */
class Open311IT extends PublicDataIT {

    private static final String V2 = "/open311/v2";
    private static final String DATETIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "lat", "long", "media_url");


    @Test
    void the_service_list_and_definitions_answer_per_the_spec() {
        var response = expect(get(V2 + "/services.json", null), 200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        var services = response.json();
        assertThat(services.isArray()).isTrue();
        for (JsonNode s : services) {
            assertThat(fields(s)).containsExactly("service_code", "service_name", "description", "metadata", "type",
                    "keywords", "group");
            assertThat(s.get("type").asString()).isEqualTo("realtime");
            assertThat(s.get("metadata").isBoolean()).isTrue();
        }
        var codes = new ArrayList<String>();
        services.forEach(s -> codes.add(s.get("service_code").asString()));
        assertThat(codes).contains("complaint-transport", "complaint-general", "error-report-website");
        assertThat(byCode(services, "complaint-transport").get("service_name").asString()).isEqualTo("投诉：交通出行");
        assertThat(byCode(expect(get(V2 + "/services.json", null, "Accept-Language", "en"), 200).json(),
                "complaint-transport").get("service_name").asString()).isEqualTo("Complaint: Transport");

        var errorReport = expect(get(V2 + "/services/error-report-website.json", null), 200).json();
        assertThat(fields(errorReport)).containsExactly("service_code", "attributes");
        var attributes = errorReport.get("attributes");
        assertThat(fields(attributes.get(0))).containsExactly("variable", "code", "datatype", "required",
                "datatype_description", "order", "description", "values");
        assertThat(attributes.get(0).get("code").asString()).isEqualTo("page_url");
        assertThat(attributes.get(1).get("code").asString()).isEqualTo("error_type");
        assertThat(attributes.get(1).get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(attributes.get(1).get("values").get(0).get("key").asString()).isEqualTo("WRONG_OR_OUTDATED");
        assertThat(attributes.get(2).get("code").asString()).isEqualTo("agrees_to_publication");
        assertThat(attributes.get(2).get("required").asBoolean()).isFalse();
        var complaint = expect(get(V2 + "/services/complaint-transport.json", null), 200).json();
        assertThat(complaint.get("attributes").size()).isEqualTo(1);

        // errors: the spec's array with the HTTP status repeated, never problem+json
        spec(get(V2 + "/services/no-such-service.json", null), 404);
        spec(get(V2 + "/services.xml", null), 400);
        spec(get(V2 + "/services/complaint-transport.xml", null), 400);
        spec(get(V2 + "/requests/ZX20260101000001.xml", null), 400);
        spec(get(V2 + "/nothing-here.json", null), 404);
        spec(get(V2 + "/discovery.json", null), 404);
    }

    @Test
    void a_citizen_posts_a_complaint_form_encoded_with_a_bearer_token_and_follows_it() {
        var citizen = TestAccounts.citizen();
        String good = form("service_code", "complaint-transport", "description", "公交站牌被撞坏，无人修复。",
                "lat", "31.2304567", "long", "121.4737012", "address_string", "人民路100号");

        // without a token, with a broken token, and as staff
        var anonymous = spec(request("POST", V2 + "/requests.json", null, FORM, good), 401);
        assertThat(anonymous.json().get(0).get("description").asString()).contains("Bearer");
        spec(request("POST", V2 + "/requests.json", null, FORM, good, "Authorization", "Bearer not-a-token"), 401);
        spec(request("POST", V2 + "/requests.json", transport, FORM, good), 403);

        // bad input, each with the spec's error
        spec(postForm(citizen, form("description", "无服务代码", "lat", "31.2", "long", "121.4")), 400);
        spec(postForm(citizen, form("service_code", "no-such-service", "description", "x", "lat", "31.2",
                "long", "121.4")), 404);
        spec(postForm(citizen, form("service_code", "complaint-transport", "lat", "31.2", "long", "121.4")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "没有位置")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "x", "lat", "91",
                "long", "121.4")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "x", "lat", "abc",
                "long", "121.4")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "x", "lat", "31.2")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "x",
                "address_string", "某处", "phone", "12345")), 400);
        spec(postForm(citizen, form("service_code", "error-report-website", "description", "页面打不开")), 400);
        spec(postForm(citizen, form("service_code", "error-report-website", "description", "页面打不开",
                "attribute[page_url]", "ftp://x", "attribute[error_type]", "BROKEN_LINK")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "x", "address_string",
                "某处", "attribute[agrees_to_publication]", "maybe")), 400);
        spec(postForm(citizen, form("service_code", "complaint-transport", "description", "长".repeat(4001),
                "address_string", "某处")), 400);
        spec(request("POST", V2 + "/requests.json", citizen, JSON, "{\"service_code\":\"complaint-transport\"}"),
                400);

        // a complaint: the spec's answer, and a case in the workflow like any other
        var created = expect(postForm(citizen, good), 201);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        var answer = created.json();
        assertThat(answer.isArray()).isTrue();
        assertThat(fields(answer.get(0))).containsExactly("service_request_id", "service_notice", "account_id");
        String id = answer.get(0).get("service_request_id").asString();
        assertThat(id).startsWith("ZX");
        assertThat(answer.get(0).get("service_notice").asString()).contains("15个工作日");
        assertThat(get("/workbench/screening", dispatcher).body()).contains(id);

        // a retry with the same Idempotency-Key gets the same request; the key with other content is refused
        String key = "open311-" + System.nanoTime();
        String first = expect(request("POST", V2 + "/requests.json", citizen, FORM, good, "Idempotency-Key", key),
                201).json().get(0).get("service_request_id").asString();
        assertThat(expect(request("POST", V2 + "/requests.json", citizen, FORM, good, "Idempotency-Key", key), 201)
                .json().get(0).get("service_request_id").asString()).isEqualTo(first);
        spec(request("POST", V2 + "/requests.json", citizen, FORM, form("service_code", "complaint-transport",
                "description", "另一件事", "address_string", "某处"), "Idempotency-Key", key), 409);

        // an error report, in English
        var report = expect(request("POST", V2 + "/requests.json", citizen, FORM, form(
                "service_code", "error-report-website", "description", "The opening hours on this page are wrong.",
                "attribute[page_url]", "https://www.example.gov.cn/service/hours.html",
                "attribute[error_type]", "WRONG_OR_OUTDATED", "email", "reader@example.org",
                "first_name", "Lei", "last_name", "Li"), "Accept-Language", "en"), 201).json();
        assertThat(report.get(0).get("service_notice").asString()).contains("3 working days");

        // not published: only its writer sees it (without texts); anyone else gets 404
        spec(get(V2 + "/requests/" + id + ".json", null), 404);
        spec(get(V2 + "/requests/" + id + ".json", TestAccounts.citizen()), 404);
        var own = expect(get(V2 + "/requests/" + id + ".json", citizen), 200).json();
        assertThat(own.size()).isEqualTo(1);
        assertThat(fields(own.get(0))).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(own.get(0).get("status").asString()).isEqualTo("open");
        assertThat(own.get(0).get("description").isNull()).isTrue();
        assertThat(own.get(0).get("address").isNull()).isTrue();
        assertThat(own.get(0).get("requested_datetime").asString()).matches(DATETIME);

        // accepted: the current deadline is the expected_datetime
        expect(step(dispatcher, id, "acceptance", Map.of()), 200);
        var accepted = expect(get(V2 + "/requests/" + id + ".json", citizen), 200).json().get(0);
        assertThat(accepted.get("expected_datetime").asString()).matches(DATETIME);
        assertThat(accepted.get("status_notes").asString()).isEqualTo("已受理，等待派单");
        spec(get(V2 + "/requests/ZX20990101999999.json", null), 404);
    }

    @Test
    void published_requests_are_listed_with_the_spec_fields_and_no_personal_data() {
        var citizen = TestAccounts.citizen();
        // one complaint from 100 days ago: outside the default window of 90 days
        MovedClock.CLOCK.set(Instant.now().minus(Duration.ofDays(100)));
        String old = expect(postForm(citizen, form("service_code", "complaint-transport", "description",
                "旧投诉：地铁站扶梯停运。", "address_string", "解放路1号", "attribute[agrees_to_publication]", "true")),
                201).json().get(0).get("service_request_id").asString();
        answer(old, transport, "扶梯已修复。", true);
        MovedClock.CLOCK.reset();

        String id = expect(postForm(citizen, form("service_code", "complaint-transport",
                "description", "人民路公交站牌被撞坏，请联系我 13912345678。", "lat", "31.2304567", "long",
                "121.4737012", "address_string", "人民路100号", "first_name", "建国", "last_name", "王",
                "phone", "13912345678", "attribute[agrees_to_publication]", "true")), 201)
                .json().get(0).get("service_request_id").asString();
        answer(id, transport, "王建国您好，站牌已于本周更换。", true);
        // agreed but the reviewer did not allow publication: never listed
        String unpublished = expect(postForm(citizen, form("service_code", "complaint-transport",
                "description", "另一处站牌损坏。", "address_string", "中山路2号", "attribute[agrees_to_publication]",
                "true")), 201).json().get(0).get("service_request_id").asString();
        answer(unpublished, transport, "已处理。", false);

        var list = expect(get(V2 + "/requests.json", null), 200).json();
        var ids = ids(list);
        assertThat(ids).contains(id).doesNotContain(old).doesNotContain(unpublished);
        var r = byId(list, id);
        assertThat(fields(r)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(r.get("status").asString()).isEqualTo("closed");
        assertThat(r.get("service_code").asString()).isEqualTo("complaint-transport");
        assertThat(r.get("service_name").asString()).isEqualTo("投诉：交通出行");
        assertThat(r.get("agency_responsible").asString()).isEqualTo("D-TRANSPORT");
        assertThat(r.get("description").asString()).contains("公交站牌被撞坏").doesNotContain("13912345678");
        assertThat(r.get("status_notes").asString()).contains("站牌已于本周更换").doesNotContain("王建国");
        assertThat(r.get("address").asString()).startsWith("人民路").doesNotContain("100");
        assertThat(r.get("lat").decimalValue()).isEqualByComparingTo("31.230");
        assertThat(r.get("long").decimalValue()).isEqualByComparingTo("121.474");
        assertThat(r.get("requested_datetime").asString()).matches(DATETIME);
        assertThat(r.get("updated_datetime").asString()).matches(DATETIME);
        assertThat(r.get("expected_datetime").isNull()).isTrue();
        assertThat(r.get("media_url").isNull()).isTrue();
        assertThat(list.toString()).doesNotContain("13912345678").doesNotContain("王建国");
        // anyone reads a published request
        assertThat(expect(get(V2 + "/requests/" + id + ".json", null), 200).json().get(0).get("service_request_id")
                .asString()).isEqualTo(id);

        // filters
        assertThat(ids(expect(get(V2 + "/requests.json?service_request_id=" + old + "," + id, null), 200).json()))
                .containsExactlyInAnyOrder(old, id);
        assertThat(ids(get(V2 + "/requests.json?service_code=complaint-transport", null).json())).contains(id);
        assertThat(ids(get(V2 + "/requests.json?service_code=error-report-website", null).json()))
                .doesNotContain(id);
        assertThat(ids(get(V2 + "/requests.json?status=closed", null).json())).contains(id);
        assertThat(ids(get(V2 + "/requests.json?status=open", null).json())).doesNotContain(id);
        assertThat(ids(get(V2 + "/requests.json?status=open,closed", null).json())).contains(id);
        String from = Instant.now().minus(Duration.ofDays(120)).toString();
        String to = Instant.now().minus(Duration.ofDays(40)).toString();
        assertThat(ids(expect(get(V2 + "/requests.json?start_date=" + from + "&end_date=" + to, null), 200).json()))
                .contains(old).doesNotContain(id);
        assertThat(expect(get(V2 + "/requests.json", null), 200).json().size()).isLessThanOrEqualTo(1000);

        spec(get(V2 + "/requests.json?status=pending", null), 400);
        spec(get(V2 + "/requests.json?start_date=yesterday", null), 400);
        spec(get(V2 + "/requests.json?start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00",
                null), 400);
        spec(get(V2 + "/requests.json?service_code=nope", null), 404);
        spec(get(V2 + "/requests.xml", null), 400);
    }

    private Response postForm(Account who, String body) {
        return request("POST", V2 + "/requests.json", who, FORM, body);
    }

    /** The spec's error: an array of one {code, description}, code = the HTTP status, as JSON. */
    private Response spec(Response response, int status) {
        expect(response, status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        var body = response.json();
        assertThat(body.isArray()).as(response.body()).isTrue();
        assertThat(fields(body.get(0))).containsExactly("code", "description");
        assertThat(body.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(body.get(0).get("description").asString()).isNotBlank();
        return response;
    }

    private static String form(String... pairs) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(q(pairs[i]) + "=" + q(pairs[i + 1]));
        }
        return String.join("&", parts);
    }

    private static List<String> fields(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.forEach(r -> ids.add(r.get("service_request_id").asString()));
        return ids;
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode r : list) {
            if (r.get("service_request_id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    private static JsonNode byCode(JsonNode services, String code) {
        for (JsonNode s : services) {
            if (s.get("service_code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError(code + " not in " + services.toString().lines().collect(Collectors.joining()));
    }
}
