package org.citizenhub.mailbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators configure mailboxes; the portal lists the open ones; every change is in the operation log. */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class MailboxAdministrationIT {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    MailboxApi api;

    @BeforeEach
    void connect() {
        api = new MailboxApi(port);
    }

    @Test
    void an_administrator_opens_a_district_mailbox_with_its_own_limits_and_routing_and_the_change_is_logged() {
        var admin = TestAccounts.admin();
        String code = "DISTRICT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var settings = Map.of("nameZh", "区长信箱", "nameEn", "District mayor's mailbox",
                "ownerDepartment", "D-DISTRICT-OFFICE", "open", true, "introZh", "欢迎来信",
                "replyWorkingDays", 10, "dueSoonWorkingDays", 2, "categoryWorkingDays", Map.of("HELP", 5));

        var created = api.post("/admin/mailboxes", admin.bearer(), JSON, json(Map.of("code", code, "settings", settings)));
        var routing = api.put("/admin/mailboxes/" + code + "/routing-rules", admin.bearer(), JSON,
                json(List.of(Map.of("keyword", "噪音", "department", "D-ENVIRONMENT", "priority", 10))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("categoryWorkingDays").get("HELP").asInt()).isEqualTo(5);
        assertThat(routing.status()).isEqualTo(200);
        assertThat(api.get("/public/mailboxes", null).body()).contains(code, "欢迎来信");
        assertThat(jdbc.sql("select action from admin_audit_log where target_id = ? order by id").param(code)
                .query(String.class).list()).containsExactly("mailbox.created", "mailbox.routing-replaced");
    }

    @Test
    void an_administrator_reads_the_mailbox_changes_in_the_operation_log_that_every_service_serves() {
        var admin = TestAccounts.admin();
        String code = "LOGGED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        api.post("/admin/mailboxes", admin.bearer(), JSON, json(Map.of("code", code, "settings", Map.of(
                "nameZh", "留痕信箱", "nameEn", "Logged", "ownerDepartment", "D-GOV-OFFICE", "open", true,
                "replyWorkingDays", 15, "dueSoonWorkingDays", 3))));

        var log = api.get("/admin/audit-log?targetType=mailbox&targetId=" + code, admin.bearer());

        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.header("X-Total-Count")).isEqualTo("1");
        assertThat(log.json().get(0).path("action").asString()).isEqualTo("mailbox.created");
        assertThat(log.json().get(0).path("actorUsername").asString()).isEqualTo(admin.username());
        assertThat(log.json().get(0).path("details").asString()).contains("留痕信箱");
        assertThat(api.get("/admin/audit-log", TestAccounts.handler("D-GOV-OFFICE").bearer()).status()).isEqualTo(403);
    }

    @Test
    void a_closed_mailbox_is_not_listed_and_refuses_letters() {
        var admin = TestAccounts.admin();
        String code = "CLOSED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        api.post("/admin/mailboxes", admin.bearer(), JSON, json(Map.of("code", code, "settings", Map.of(
                "nameZh", "旧信箱", "nameEn", "Old", "ownerDepartment", "D-GOV-OFFICE", "open", false,
                "replyWorkingDays", 15, "dueSoonWorkingDays", 3))));

        assertThat(api.get("/public/mailboxes", null).body()).doesNotContain(code);
        var letter = api.post("/letters", TestAccounts.citizen().bearer(), JSON,
                json(MailboxApi.letter(code, "OTHER", "标题", "内容")));
        assertThat(letter.status()).isEqualTo(409);
    }

    @Test
    void only_administrators_configure_mailboxes_and_bad_settings_change_nothing() {
        var admin = TestAccounts.admin();
        long logged = jdbc.sql("select count(*) from admin_audit_log").query(Long.class).single();
        var body = json(Map.of("code", "X-FORBIDDEN", "settings", Map.of("nameZh", "x", "nameEn", "x",
                "ownerDepartment", "D-GOV-OFFICE", "open", true, "replyWorkingDays", 15, "dueSoonWorkingDays", 3)));

        assertThat(api.post("/admin/mailboxes", TestAccounts.citizen().bearer(), JSON, body).status()).isEqualTo(403);
        assertThat(api.post("/admin/mailboxes", TestAccounts.handler("D-GOV-OFFICE").bearer(), JSON, body).status())
                .isEqualTo(403);
        assertThat(api.post("/admin/mailboxes", null, JSON, body).status()).isEqualTo(401);
        var zeroDays = api.post("/admin/mailboxes", admin.bearer(), JSON, json(Map.of("code", "X-BAD",
                "settings", Map.of("nameZh", "x", "nameEn", "x", "ownerDepartment", "D-GOV-OFFICE", "open", true,
                        "replyWorkingDays", 0, "dueSoonWorkingDays", 3))));
        assertThat(zeroDays.status()).isEqualTo(400);
        assertThat(zeroDays.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from admin_audit_log").query(Long.class).single()).isEqualTo(logged);
        assertThat(jdbc.sql("select count(*) from mailbox where code in ('X-FORBIDDEN', 'X-BAD')").query(Long.class)
                .single()).isZero();
    }
}
