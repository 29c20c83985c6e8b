package org.citizenhub.audit.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.citizenhub.audit.AuditEntry;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.audit.AuditPage;
import org.citizenhub.audit.AuditQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** GET /admin/audit-log as every service serves it (the log itself is a stand-in here). */
@SpringBootTest(classes = AuditWebTestApplication.class)
@AutoConfigureMockMvc
class AuditLogEndpointTest {

    private static final String ADMIN = "Bearer user.admin";
    private static final String VALIDATION_FAILED = "https://citizenhub.example/problems/validation-failed";

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    private final AuditEntry entry = new AuditEntry(7, OffsetDateTime.parse("2026-10-09T10:00:00+08:00"), "s-1",
            "admin1", "mailbox.revised", "mailbox", "M1", "{\"nameZh\": \"市长信箱\"}");

    @BeforeEach
    void setUp() {
        clearInvocations(auditLog);
        when(auditLog.find(any(), anyInt(), anyInt())).thenReturn(new AuditPage(List.of(entry), 1, 1, 3));
    }

    @Test
    void an_administrator_reads_a_page_of_entries_with_the_total_in_a_header() throws Exception {
        mvc.perform(get("/admin/audit-log?targetType=mailbox&targetId=M1&page=1&size=1").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(jsonPath("$[0].id").value(7))
                .andExpect(jsonPath("$[0].occurredAt").value("2026-10-09T10:00:00+08:00"))
                .andExpect(jsonPath("$[0].actorSubject").value("s-1"))
                .andExpect(jsonPath("$[0].actorUsername").value("admin1"))
                .andExpect(jsonPath("$[0].action").value("mailbox.revised"))
                .andExpect(jsonPath("$[0].targetType").value("mailbox"))
                .andExpect(jsonPath("$[0].targetId").value("M1"))
                .andExpect(jsonPath("$[0].details").value("{\"nameZh\": \"市长信箱\"}"));
        verify(auditLog).find(AuditQuery.target("mailbox", "M1"), 1, 1);
    }

    @Test
    void every_filter_reaches_the_query_and_the_first_page_of_50_is_the_default() throws Exception {
        mvc.perform(get("/admin/audit-log").header("Authorization", ADMIN)
                        .param("from", "2026-10-01T00:00:00+08:00").param("to", "2026-10-08T00:00:00+08:00")
                        .param("actor", "alice").param("action", "mailbox.revised"))
                .andExpect(status().isOk());
        verify(auditLog).find(new AuditQuery(OffsetDateTime.parse("2026-10-01T00:00:00+08:00"),
                OffsetDateTime.parse("2026-10-08T00:00:00+08:00"), "alice", "mailbox.revised", null, null), 0, 50);
    }

    @Test
    void only_administrators_read_the_log() throws Exception {
        mvc.perform(get("/admin/audit-log").header("Authorization", "Bearer user.supervisor"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://citizenhub.example/problems/forbidden"));
        mvc.perform(get("/admin/audit-log"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verify(auditLog, never()).find(any(), anyInt(), anyInt());
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_on_to_in_chinese_by_default() throws Exception {
        mvc.perform(get("/admin/audit-log").header("Authorization", ADMIN)
                        .param("from", "2026-10-08T00:00:00+08:00").param("to", "2026-10-01T00:00:00+08:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(VALIDATION_FAILED))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("结束时间不能早于开始时间"));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_in_english_when_asked() throws Exception {
        mvc.perform(get("/admin/audit-log").header("Authorization", ADMIN).header("Accept-Language", "en")
                        .param("from", "2026-10-08T00:00:00+08:00").param("to", "2026-10-01T00:00:00+08:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be before from"));
    }

    @Test
    void a_page_larger_than_200_or_before_the_first_is_refused() throws Exception {
        mvc.perform(get("/admin/audit-log?size=201").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(VALIDATION_FAILED));
        mvc.perform(get("/admin/audit-log?page=-1").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(VALIDATION_FAILED));
        verify(auditLog, never()).find(any(), anyInt(), anyInt());
    }

    @Test
    void a_time_that_is_not_iso_8601_is_a_bad_request() throws Exception {
        mvc.perform(get("/admin/audit-log?from=yesterday").header("Authorization", ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
