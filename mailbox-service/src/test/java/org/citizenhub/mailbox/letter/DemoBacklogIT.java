package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineWatch;
import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The demo backlog of the local profile (db/demo V8_2): letters accepted and assigned weeks before the hub started
 * are found by the deadline watch and announced on the shared deadline topic (three overdue, one due soon), and a
 * handler answers one of them as any other letter.
 */
@HubIntegrationTest(properties = "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo")
class DemoBacklogIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String JSON = "application/json";

    /** The demo letters (ids fixed in the migration) and the department that holds each. */
    private static final Map<UUID, String> OVERDUE = new LinkedHashMap<>();
    private static final UUID DUE_SOON = UUID.fromString("0de70000-0000-4000-8000-000000000004");

    static {
        OVERDUE.put(UUID.fromString("0de70000-0000-4000-8000-000000000001"), "D-TRANSPORT");
        OVERDUE.put(UUID.fromString("0de70000-0000-4000-8000-000000000002"), "D-ECOLOGY");
        OVERDUE.put(UUID.fromString("0de70000-0000-4000-8000-000000000003"), "D-DONGCHENG-EDUCATION");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineWatch watch;

    MailboxApi api;

    @BeforeEach
    void theBacklogAsTheMigrationLeftIt() {
        api = new MailboxApi(port);
        // the test databases are kept between runs: put back what an earlier run of this test changed (the
        // announcements made and the reply drafted), so that the watch finds the backlog as on a new database
        jdbc.sql("""
                update letter set status = 'ASSIGNED', reply = null, overdue_announced = false,
                       due_soon_announced = (id <> :dueSoon), version = version + 1
                 where id in (:ids) and writer_id = 'demo-backlog-citizen'""")
                .param("dueSoon", DUE_SOON)
                .param("ids", Stream.concat(OVERDUE.keySet().stream(), Stream.of(DUE_SOON)).toList())
                .update();
    }

    @Test
    void the_deadline_watch_announces_the_demo_backlog_three_overdue_and_one_due_soon() {
        Instant started = Instant.now().minusSeconds(1);
        try (var deadlines = KafkaProbe.subscribe(DeadlineAnnounced.TOPIC)) {
            watch.roundWithoutLock();

            for (var letter : OVERDUE.entrySet()) {
                String tn = trackingNumber(letter.getKey());
                var data = announced(deadlines, tn, DeadlineAnnounced.OVERDUE_TYPE, started);
                assertThat(data.get("service").asString()).isEqualTo("mailbox");
                assertThat(data.get("caseId").asString()).isEqualTo(letter.getKey().toString());
                assertThat(data.get("department").asString()).isEqualTo(letter.getValue());
                assertThat(data.get("rule").asString()).isEqualTo("letter-reply");
                assertThat(OffsetDateTime.parse(data.get("dueAt").asString()).toInstant())
                        .as(tn).isBefore(Instant.now().minus(Duration.ofDays(3)));
            }
            String soon = trackingNumber(DUE_SOON);
            var data = announced(deadlines, soon, DeadlineAnnounced.DUE_SOON_TYPE, started);
            assertThat(data.get("department").asString()).isEqualTo("D-TRANSPORT");
            assertThat(data.get("site").asString()).isEqualTo("GOV");
            deadlines.assertNoRecord(r -> soon.equals(r.key()) && r.timestamp() >= started.toEpochMilli()
                    && DeadlineAnnounced.OVERDUE_TYPE.equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(1));
        }
    }

    @Test
    void a_handler_of_the_district_answers_an_overdue_demo_letter_from_the_department_queue() {
        String tn = trackingNumber(UUID.fromString("0de70000-0000-4000-8000-000000000003"));
        var handler = TestAccounts.atSite("DONGCHENG", "D-DONGCHENG-EDUCATION", "handler");

        assertThat(api.get("/workbench/department?size=200", handler.bearer()).body()).contains(tn);
        var replied = api.post("/handling/letters/" + tn + "/reply", handler.bearer(), JSON,
                json(Map.of("text", "已协调区内小学试点延长课后服务至18:00，收费标准将在区教委网站公布。")));

        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat(replied.json().get("status").asString()).isEqualTo("IN_REVIEW");
    }

    private String trackingNumber(UUID id) {
        String tn = jdbc.sql("select tracking_number from letter where id = ?").param(id).query(String.class).single();
        assertThat(tn).matches("ML\\d{8}99000\\d");
        return tn;
    }

    private static JsonNode announced(KafkaProbe probe, String tn, String type, Instant after) {
        ConsumerRecord<String, String> record = probe.awaitRecord(r -> tn.equals(r.key())
                && r.timestamp() >= after.toEpochMilli() && type.equals(KafkaProbe.header(r, "ce_type")), PATIENCE);
        return MailboxApi.parse(record.value());
    }
}
