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
                "ownerDepartment", "D-DONGCHENG-OFFICE", "open", true, "introZh", "欢迎来信",
                "replyWorkingDays", 10, "dueSoonWorkingDays", 2, "categoryWorkingDays", Map.of("HELP", 5));

        var created = api.post("/admin/mailboxes", admin.bearer(), JSON, json(Map.of("code", code, "settings", settings)));
        var routing = api.put("/admin/mailboxes/" + code + "/routing-rules", admin.bearer(), JSON,
                json(List.of(Map.of("keyword", "噪音", "department", "D-ENVIRONMENT", "priority", 10))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("categoryWorkingDays").get("HELP").asInt()).isEqualTo(5);
        assertThat(routing.status()).isEqualTo(200);
        // a mailbox belongs to its owner department's site: the district's portal lists it, the city's does not
        assertThat(api.get("/public/mailboxes?site=DONGCHENG", null).body()).contains(code, "欢迎来信");
        assertThat(api.get("/public/mailboxes", null).body()).doesNotContain(code);
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

    @Test
    void a_new_owner_department_takes_over_the_letters_not_yet_finished_with_history_and_operation_log() {
        var admin = TestAccounts.admin();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "MOVE-" + suffix;
        String oldOffice = "D-OLD-" + suffix;
        String newOffice = "D-NEW-" + suffix;
        assertThat(api.post("/admin/mailboxes", admin.bearer(), JSON, json(Map.of("code", code,
                "settings", settings(oldOffice)))).status()).isEqualTo(201);
        var citizen = TestAccounts.citizen();
        var previous = TestAccounts.handler(oldOffice);
        var next = TestAccounts.handler(newOffice);
        String submitted = submit(citizen, code, "待甄别的信");
        String assigned = submit(citizen, code, "已交办的信");
        String refused = submit(citizen, code, "不予受理的信");
        assertThat(step(previous, assigned, "acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(step(previous, assigned, "assignment", Map.of("department", "D-TRANSPORT")).status())
                .isEqualTo(200);
        assertThat(step(previous, refused, "refusal", Map.of("reason", "OUT_OF_SCOPE", "explanation", "不属于本信箱"))
                .status()).isEqualTo(200);

        var revised = api.put("/admin/mailboxes/" + code, admin.bearer(), JSON, json(settings(newOffice)));

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(api.get("/workbench/office", next.bearer()).body()).contains(submitted);
        assertThat(api.get("/workbench/office", previous.bearer()).body()).doesNotContain(submitted);
        assertThat(api.get("/handling/letters/" + submitted, previous.bearer()).status()).isEqualTo(404);
        assertThat(step(next, submitted, "acceptance", Map.of()).status()).isEqualTo(200);
        assertThat(owner(assigned)).isEqualTo(newOffice);
        assertThat(owner(refused)).isEqualTo(oldOffice);
        assertThat(jdbc.sql("""
                select h.details->>'toOffice' from letter_history h join letter l on l.id = h.letter_id
                 where l.tracking_number = ? and h.action = 'OFFICE_CHANGED'""").param(assigned)
                .query(String.class).list()).containsExactly(newOffice);
        assertThat(jdbc.sql("select action from admin_audit_log where target_id = ? order by id").param(code)
                .query(String.class).list()).containsExactly("mailbox.created", "mailbox.revised",
                "mailbox.office-changed");
    }

    private static Map<String, Object> settings(String ownerDepartment) {
        return Map.of("nameZh", "局长信箱", "nameEn", "Director's mailbox", "ownerDepartment", ownerDepartment,
                "open", true, "replyWorkingDays", 15, "dueSoonWorkingDays", 3);
    }

    private String submit(TestAccounts.Account citizen, String mailbox, String title) {
        var response = api.post("/letters", citizen.bearer(), JSON, json(MailboxApi.letter(mailbox, "OTHER", title,
                "内容")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("trackingNumber").asString();
    }

    private MailboxApi.Response step(TestAccounts.Account actor, String tn, String step, Map<String, Object> body) {
        return api.post("/handling/letters/" + tn + "/" + step, actor.bearer(), JSON, json(body));
    }

    private String owner(String tn) {
        return jdbc.sql("select mailbox_owner from letter where tracking_number = ?").param(tn).query(String.class)
                .single();
    }
}
