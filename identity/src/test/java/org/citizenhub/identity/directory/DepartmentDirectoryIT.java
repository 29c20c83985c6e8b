package org.citizenhub.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@HubIntegrationTest
class DepartmentDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpProbe http;

    @BeforeEach
    void setUp() {
        http = new HttpProbe(port);
    }

    @Test
    void anyone_can_read_the_demo_city_directory_as_a_tree_in_chinese_by_default() {
        var response = http.get("/departments", null);

        assertThat(response.status()).isEqualTo(200);
        var government = find(response.json(), "D-GOV");
        assertThat(government.path("name").asString()).isEqualTo("演示市人民政府");
        assertThat(government.path("kind").asString()).isEqualTo("GOVERNMENT");
        var childCodes = codes(government.path("children"));
        assertThat(childCodes).contains("D-GOV-OFFICE", "D-TRANSPORT", "D-ECOLOGY", "D-HOUSING", "D-MARKET",
                "D-HRSS", "D-EDUCATION", "D-HEALTH", "D-DONGCHENG", "D-XICHENG");
        assertThat(find(response.json(), "D-DONGCHENG-OFFICE").path("name").asString()).isEqualTo("东城区政府办公室");
    }

    @Test
    void a_reader_who_prefers_english_gets_english_names() {
        var response = http.get("/departments", null, "en-US,en;q=0.9");

        assertThat(find(response.json(), "D-TRANSPORT").path("name").asString()).isEqualTo("Transport Bureau");
    }

    @Test
    void one_department_is_shown_with_its_public_office_phone_and_sub_units() {
        var response = http.get("/departments/D-DONGCHENG", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("name").asString()).isEqualTo("东城区人民政府");
        assertThat(response.json().path("parent").asString()).isEqualTo("D-GOV");
        assertThat(response.json().path("contactPhone").asString()).isNotBlank();
        assertThat(codes(response.json().path("children"))).containsExactly("D-DONGCHENG-OFFICE",
                "D-DONGCHENG-EDUCATION");
    }

    @Test
    void an_unknown_department_is_a_not_found_problem() {
        var response = http.get("/departments/D-NOWHERE", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/department-not-found");
    }

    @Test
    void an_admin_creates_a_department_which_appears_in_the_directory_and_in_the_operation_log() {
        var admin = TestAccounts.admin();
        var code = uniqueCode();

        var response = http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"市数据局","nameEn":"Data Bureau","parent":"D-GOV","kind":"BUREAU",
                 "contactPhone":"0999-12345299","sortOrder":95}
                """.formatted(code));

        assertThat(response.status()).isEqualTo(201);
        assertThat(find(http.get("/departments", null).json(), code).path("name").asString()).isEqualTo("市数据局");
        var logged = jdbc.sql("""
                select actor_subject, action from admin_audit_log where target_type = 'department' and target_id = :code
                """).param("code", code).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
        assertThat(logged).containsExactly(List.of(admin.id(), "department.created"));
    }

    @Test
    void a_citizen_may_not_create_a_department_and_nothing_is_stored() {
        var code = uniqueCode();

        var response = http.post("/admin/departments", TestAccounts.citizen().token(), """
                {"code":"%s","nameZh":"冒名局","parent":"D-GOV","kind":"BUREAU"}
                """.formatted(code));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/forbidden");
        assertThat(stored(code)).isFalse();
    }

    @Test
    void creating_a_department_without_a_token_is_unauthorized() {
        var code = uniqueCode();

        var response = http.post("/admin/departments", null, """
                {"code":"%s","nameZh":"匿名局","parent":"D-GOV","kind":"BUREAU"}
                """.formatted(code));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/unauthorized");
        assertThat(stored(code)).isFalse();
    }

    @Test
    void a_department_with_a_malformed_code_and_no_name_is_rejected_field_by_field_and_nothing_is_stored() {
        var response = http.post("/admin/departments", TestAccounts.admin().token(), """
                {"code":"transport bureau","nameZh":"","parent":"D-GOV","kind":"BUREAU"}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).endsWith("/validation-failed");
        var fields = new ArrayList<String>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("code", "nameZh");
        assertThat(stored("transport bureau")).isFalse();
    }

    @Test
    void a_department_under_an_unknown_parent_is_rejected_and_nothing_is_stored() {
        var code = uniqueCode();

        var response = http.post("/admin/departments", TestAccounts.admin().token(), """
                {"code":"%s","nameZh":"孤儿局","parent":"D-NOWHERE","kind":"BUREAU"}
                """.formatted(code));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).endsWith("/parent-department-unknown");
        assertThat(stored(code)).isFalse();
    }

    @Test
    void a_deactivated_department_leaves_the_public_directory_but_not_the_back_office() {
        var admin = TestAccounts.admin();
        var code = uniqueCode();
        http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"临时局","parent":"D-GOV","kind":"BUREAU"}
                """.formatted(code));

        var response = http.post("/admin/departments/" + code + "/deactivate", admin.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("active").asBoolean()).isFalse();
        assertThat(http.get("/departments/" + code, null).status()).isEqualTo(404);
        assertThat(http.get("/admin/departments/" + code, admin.token()).status()).isEqualTo(200);
    }

    @Test
    void a_department_cannot_be_moved_below_its_own_sub_unit() {
        var admin = TestAccounts.admin();
        var upper = uniqueCode();
        var lower = uniqueCode();
        http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"上级","parent":"D-GOV","kind":"BUREAU"}""".formatted(upper));
        http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"下级","parent":"%s","kind":"OFFICE"}""".formatted(lower, upper));

        var response = http.put("/admin/departments/" + upper, admin.token(), """
                {"nameZh":"上级","parent":"%s","kind":"BUREAU"}""".formatted(lower));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("type").asString()).endsWith("/department-would-become-its-own-ancestor");
    }

    private boolean stored(String code) {
        return jdbc.sql("select count(*) from department where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    private static String uniqueCode() {
        return "D-IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace("-", "");
    }

    private static List<String> codes(JsonNode nodes) {
        var codes = new ArrayList<String>();
        nodes.forEach(n -> codes.add(n.path("code").asString()));
        return codes;
    }

    /** Depth-first search of the tree. */
    static JsonNode find(JsonNode nodes, String code) {
        for (var node : nodes) {
            if (code.equals(node.path("code").asString())) {
                return node;
            }
            var below = find(node.path("children"), code);
            if (below != null && !below.isMissingNode()) {
                return below;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }
}
