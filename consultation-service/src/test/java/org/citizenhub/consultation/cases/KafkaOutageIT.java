package org.citizenhub.consultation.cases;


import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import org.citizenhub.consultation.ConsultationIT;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kafka down during submissions and a step: every case is stored and accepted, every event waits in the outbox and
 * reaches Kafka once the broker is back. Nothing is lost. STOPS THE SHARED BROKER: run it alone, at the end.
 */
class KafkaOutageIT extends ConsultationIT {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void brokerIsBack() {
        SharedInfrastructure.startKafka();
    }

    @Test
    void cases_submitted_while_kafka_is_down_are_all_stored_and_their_events_published_when_it_returns() {
        var citizen = TestAccounts.citizen();
        SharedInfrastructure.stopKafka();
        var numbers = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var response = post("/cases", citizen, caseOf("CONSULTATION", "GENERAL", "停电咨询 " + i, "何时恢复供电？"),
                    "Idempotency-Key", "outage-" + i + "-" + citizen.id().substring(0, 8));
            assertThat(response.status()).isEqualTo(201);
            numbers.add(response.json().get("trackingNumber").asString());
        }
        expect(step(dispatcher, numbers.getFirst(), "acceptance", Map.of()), 200);
        for (String tn : numbers) {
            assertThat(outstanding(tn)).isPositive();
        }

        SharedInfrastructure.startKafka();

        try (var probe = KafkaProbe.subscribe(CaseHandled.TOPIC)) {
            for (String tn : numbers) {
                probe.awaitRecord(r -> tn.equals(r.key())
                        && CaseHandled.type("submitted").equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(90));
            }
            probe.awaitRecord(r -> numbers.getFirst().equals(r.key())
                    && CaseHandled.type("accepted").equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(90));
        }
        for (String tn : numbers) {
            assertThat(outstanding(tn)).isZero();
        }
        assertThat(jdbc.sql("select count(*) from consultation_case where writer_id = ?").param(citizen.id())
                .query(Integer.class).single()).isEqualTo(5);
    }

    private long outstanding(String tn) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?").param("%" + tn + "%").query(Long.class).single();
    }
}
