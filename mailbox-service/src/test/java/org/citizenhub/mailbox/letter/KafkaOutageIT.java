package org.citizenhub.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citizenhub.mailbox.MailboxApi.json;
import static org.citizenhub.mailbox.MailboxApi.letter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.citizenhub.events.CloudEventHeaders;
import org.citizenhub.events.ProcessedEvents;
import org.citizenhub.mailbox.MailboxApi;
import org.citizenhub.testing.HubIntegrationTest;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing lost: a letter accepted while Kafka is down keeps its event in the outbox, and the event reaches Kafka once
 * the broker is back. An idempotent consumer handles it exactly once, however often it is delivered.
 */
@HubIntegrationTest(properties = {
        "spring.flyway.locations=classpath:db/migration,classpath:db/platform,classpath:db/demo",
        "hub.events.resubmit-interval=2s"})
class KafkaOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessedEvents processedEvents;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void brokerIsBack() {
        SharedInfrastructure.startKafka();
    }

    @Test
    void a_letter_accepted_while_kafka_is_down_is_published_after_kafka_returns_and_handled_once() {
        var citizen = TestAccounts.citizen();
        var api = new MailboxApi(port);
        SharedInfrastructure.stopKafka();

        var response = api.post("/letters", citizen.bearer(), "application/json",
                json(letter("MAYOR", "COMPLAINT", "停电", "小区停电两天了。")));

        assertThat(response.status()).isEqualTo(201);
        String trackingNumber = response.json().get("trackingNumber").asString();
        assertThat(jdbc.sql("select count(*) from letter where tracking_number = ?").param(trackingNumber)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(outstandingPublicationsFor(trackingNumber)).isEqualTo(1);
        String letterId = jdbc.sql("select id from letter where tracking_number = ?").param(trackingNumber)
                .query(String.class).single();

        SharedInfrastructure.startKafka();

        try (var probe = KafkaProbe.subscribe(LetterSubmitted.TOPIC)) {
            var record = probe.awaitRecord(r -> r.value().contains(letterId), Duration.ofSeconds(90));
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(LetterSubmitted.TYPE);

            // Let any redelivery arrive, then feed everything seen to an idempotent consumer.
            probe.assertNoRecord(r -> false, Duration.ofSeconds(3));
            List<String> handled = new ArrayList<>();
            for (var seen : probe.records()) {
                if (!seen.value().contains(letterId)) {
                    continue;
                }
                String eventId = CloudEventHeaders.of(seen).requireId();
                transactions.executeWithoutResult(tx -> {
                    if (processedEvents.firstTime("kafka-outage-it", eventId)) {
                        handled.add(eventId);
                    }
                });
                // A redelivery of the very same record must be ignored too.
                transactions.executeWithoutResult(tx ->
                        assertThat(processedEvents.firstTime("kafka-outage-it", eventId)).isFalse());
            }
            assertThat(handled).hasSize(1);
        }
        assertThat(outstandingPublicationsFor(trackingNumber)).isZero();
    }

    private long outstandingPublicationsFor(String trackingNumber) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null "
                        + "and serialized_event like ?")
                .param("%" + trackingNumber + "%").query(Long.class).single();
    }
}
