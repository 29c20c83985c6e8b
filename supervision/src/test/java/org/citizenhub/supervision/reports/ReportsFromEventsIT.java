package org.citizenhub.supervision.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.citizenhub.supervision.SupervisionIT;
import org.citizenhub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From the service hall's real events to the report: a bad rating given, its rectification opened and completed
 * (gov.hub.hall.rectification.completed.v1) and a good rating, published as the hall publishes them onto the real
 * Kafka; package overdue's intake folds them into the read model, and the month's report counts them. A department
 * code of this test's own keeps the figures apart from everything else on the shared broker, and the year 2031 apart
 * from ReportsIT's 2030 (the events stay on the broker: every test database's intake folds them).
 */
class ReportsFromEventsIT extends SupervisionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = "gov.hub.hall.rating";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void a_bad_rating_rectified_in_the_hall_counts_as_rectified_in_the_months_report() throws Exception {
        String department = "D-RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String bad = number();
        String good = number();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"))) {
            send(producer, "gov.hub.hall.rating.given.v1", bad, Map.of("ratingNumber", bad, "subject", "VISIT",
                    "department", department, "site", "GOV", "itemCode", "RPT-ITEM", "satisfaction", 1,
                    "reasons", List.of("inefficient"), "channel", "window", "bad", true,
                    "ratedAt", "2031-05-06T10:00:00+08:00"));
            send(producer, "gov.hub.hall.rectification.opened.v1", bad, Map.of("ratingNumber", bad,
                    "department", department, "site", "GOV", "itemCode", "RPT-ITEM", "satisfaction", 1,
                    "reopened", 0, "openedAt", "2031-05-06T10:00:00+08:00", "dueAt", "2031-05-27T17:00:00+08:00"));
            send(producer, "gov.hub.hall.rectification.completed.v1", bad, Map.of("ratingNumber", bad,
                    "department", department, "site", "GOV", "reopened", 0,
                    "completedAt", "2031-05-20T10:00:00+08:00", "onTime", true));
            send(producer, "gov.hub.hall.rating.given.v1", good, Map.of("ratingNumber", good, "subject", "VISIT",
                    "department", department, "site", "GOV", "itemCode", "RPT-ITEM", "satisfaction", 5,
                    "reasons", List.of(), "channel", "window", "bad", false,
                    "ratedAt", "2031-05-07T10:00:00+08:00"));
        }

        var admin = TestAccounts.admin();
        // two ratings (1 and 5): average 3.0, satisfied 1 of 2 → 50.0 %; the bad one rectified → 100.0 %;
        // the rectification task is the read model's case of type rating-rectification, not a case received
        JsonNode hub = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(
                () -> hubLine(get("/reports?period=2031-05&department=" + department, admin).json()),
                line -> line.get("badRectified").asLong() == 1 && line.get("rated").asLong() == 2);
        assertThat(hub.get("averageSatisfaction").asString()).isEqualTo("3.0");
        assertThat(hub.get("satisfiedRate").asString()).isEqualTo("50.0");
        assertThat(hub.get("bad").asLong()).isEqualTo(1);
        assertThat(hub.get("rectifiedRate").asString()).isEqualTo("100.0");
        assertThat(hub.get("received").asLong()).isZero();
        assertThat(hub.get("handled").asLong()).isZero();
    }

    private static JsonNode hubLine(JsonNode report) {
        var lines = report.get("lines");
        return lines.get(lines.size() - 1);
    }

    private static String number() {
        return "PJ2031" + ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L);
    }

    private static void send(KafkaProducer<String, String> producer, String type, String key,
                             Map<String, Object> data) throws Exception {
        var record = new ProducerRecord<>(TOPIC, key, JSON.writeValueAsString(data));
        for (var h : Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", type,
                "ce_source", "/citizen-hub/service-hall", "ce_subject", key,
                "ce_time", "2031-05-20T10:00:00+08:00", "content-type", "application/json").entrySet()) {
            record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get(20, TimeUnit.SECONDS);
    }
}
