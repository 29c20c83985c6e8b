package org.citizenhub.consultation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.consultation.ConsultationIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo backlog of the local profile (db/demo V22_2): cases accepted and dispatched weeks before the hub started
 * are found by the deadline watch and announced on the shared deadline topic (two overdue, one due soon), and the
 * lead department answers one of them as any other case.
 */
class DemoBacklogIT extends ConsultationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final UUID TRANSPORT_COMPLAINT = UUID.fromString("0de70000-0000-4000-8000-00000000c001");
    private static final UUID ECOLOGY_CONSULTATION = UUID.fromString("0de70000-0000-4000-8000-00000000c002");
    private static final UUID DONGCHENG_CONSULTATION = UUID.fromString("0de70000-0000-4000-8000-00000000c003");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineWatch watch;

    @BeforeEach
    void theBacklogAsTheMigrationLeftItInRealTime() {
        // the backlog is dated from the day the migration ran, so the watch looks at it in real time
        MovedClock.CLOCK.reset();
        // the test databases are kept between runs: put back what an earlier run of this test changed (the
        // announcements made and the reply drafted), so that the watch finds the backlog as on a new database
        jdbc.sql("""
                update consultation_case
                   set status = 'HANDLING', reply = null, next_notice_at = current_due_soon_at,
                       deadlines = jsonb_set(jsonb_set(deadlines, '{clocks,0,dueSoonAnnounced}', 'false'),
                                             '{clocks,0,overdueAnnounced}', 'false'),
                       version = version + 1
                 where id in (:ids) and writer_id = 'demo-backlog-citizen'""")
                .param("ids", List.of(TRANSPORT_COMPLAINT, ECOLOGY_CONSULTATION, DONGCHENG_CONSULTATION))
                .update();
    }

    @Test
    void the_deadline_watch_announces_the_demo_backlog_two_overdue_and_one_due_soon() {
        Instant started = Instant.now().minusSeconds(1);
        try (var deadlines = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            watch.roundWithoutLock();

            var complaint = announced(deadlines, trackingNumber(TRANSPORT_COMPLAINT), DeadlineAnnounced.OVERDUE_TYPE,
                    started);
            assertThat(complaint.get("service").asString()).isEqualTo("consultation");
            assertThat(complaint.get("caseType").asString()).isEqualTo("complaint");
            assertThat(complaint.get("department").asString()).isEqualTo("D-TRANSPORT");
            assertThat(complaint.get("deadline").asString()).isEqualTo("investigation");
            assertThat(OffsetDateTime.parse(complaint.get("dueAt").asString()).toInstant())
                    .isBefore(Instant.now().minus(Duration.ofDays(3)));
            var consultation = announced(deadlines, trackingNumber(ECOLOGY_CONSULTATION),
                    DeadlineAnnounced.OVERDUE_TYPE, started);
            assertThat(consultation.get("department").asString()).isEqualTo("D-ECOLOGY");
            assertThat(consultation.get("rule").asString()).isEqualTo("consultation-reply");
            String soon = trackingNumber(DONGCHENG_CONSULTATION);
            var district = announced(deadlines, soon, DeadlineAnnounced.DUE_SOON_TYPE, started);
            assertThat(district.get("department").asString()).isEqualTo("D-DONGCHENG-EDUCATION");
            assertThat(district.get("site").asString()).isEqualTo("DONGCHENG");
            deadlines.assertNoRecord(r -> soon.equals(r.key()) && r.timestamp() >= started.toEpochMilli()
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(1));
        }
    }

    @Test
    void the_lead_department_answers_an_overdue_demo_case_from_its_queue() {
        String tn = trackingNumber(ECOLOGY_CONSULTATION);
        var ecology = TestAccounts.handler("D-ECOLOGY");

        assertThat(get("/workbench/department", ecology).body()).contains(tn);
        var replied = expect(step(ecology, tn, "reply",
                Map.of("text", "装修垃圾请通过街道环卫所预约清运，按袋装堆放在指定临时点，无需另行报备。")), 200);

        assertThat(replied.json().get("status").asString()).isEqualTo("IN_REVIEW");
    }

    private String trackingNumber(UUID id) {
        String tn = jdbc.sql("select tracking_number from consultation_case where id = ?").param(id)
                .query(String.class).single();
        assertThat(tn).matches("ZX\\d{8}99000\\d");
        return tn;
    }

    private static JsonNode announced(KafkaProbe probe, String tn, String type, Instant after) {
        var record = probe.awaitRecord(r -> tn.equals(r.key()) && r.timestamp() >= after.toEpochMilli()
                && type.equals(KafkaProbe.header(r, "ce_type")), PATIENCE);
        return JSON.readTree(record.value());
    }
}
