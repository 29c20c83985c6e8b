package org.citizenhub.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.citizenhub.identity.HttpProbe;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@HubIntegrationTest
class AuditLogIT {

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
    void an_admin_reads_who_did_what_to_a_department() {
        var admin = TestAccounts.admin();
        var code = "D-AUDIT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"审计测试局","parent":"D-GOV","kind":"BUREAU"}""".formatted(code));
        http.put("/admin/departments/" + code, admin.token(), """
                {"nameZh":"审计测试局（更名）","parent":"D-GOV","kind":"BUREAU"}""");

        var log = http.get("/admin/audit-log?targetType=department&targetId=" + code, admin.token());

        assertThat(log.status()).isEqualTo(200);
        assertThat(log.json()).hasSize(2);
        assertThat(log.json().get(0).path("action").asString()).isEqualTo("department.updated");
        assertThat(log.json().get(0).path("actorUsername").asString()).isEqualTo(admin.username());
        assertThat(log.json().get(0).path("details").asString()).contains("审计测试局（更名）");
        assertThat(log.json().get(1).path("action").asString()).isEqualTo("department.created");
    }

    @Test
    void only_admins_read_the_operation_log() {
        assertThat(http.get("/admin/audit-log", TestAccounts.handler("D-TRANSPORT").token()).status()).isEqualTo(403);
        assertThat(http.get("/admin/audit-log", null).status()).isEqualTo(401);
    }

    @Test
    void the_operation_log_cannot_be_rewritten_or_erased() {
        var admin = TestAccounts.admin();
        var code = "D-AUDIT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        http.post("/admin/departments", admin.token(), """
                {"code":"%s","nameZh":"留痕局","parent":"D-GOV","kind":"BUREAU"}""".formatted(code));

        assertThatThrownBy(() -> jdbc.sql("update admin_audit_log set actor_subject = 'nobody' where target_id = :c")
                .param("c", code).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from admin_audit_log where target_id = :c")
                .param("c", code).update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select actor_subject from admin_audit_log where target_id = :c").param("c", code)
                .query(String.class).list()).containsExactly(admin.id());
    }
}
