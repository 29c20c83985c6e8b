package org.citizenhub.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the real servers once (free ports, fresh directory) and proves each one answers. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalInfrastructureIT {

    @TempDir
    static Path work;
    static HubInfrastructure infra;

    @BeforeAll
    static void start() {
        String shared = System.getProperty("hub.infra.file", "");
        Assumptions.assumeTrue(shared.isBlank() || shared.startsWith("${"),
                "servers already started for this run by `citizen-hub-local.jar infra` (built from these classes);"
                        + " platform/testing's HubIntegrationTestIT checks them, no second set is started");
        infra = HubInfrastructure.start(work);
        System.out.println("[local-infra] started: " + infra.describeTimings());
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            long t = System.nanoTime();
            infra.close();
            System.out.println("[local-infra] stopped in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }

    @Test
    @Order(1)
    void postgres_answers_sql_in_a_database_owned_by_hub() throws Exception {
        infra.postgres().createDatabase("infra_check");
        infra.postgres().createDatabase("infra_check"); // idempotent
        try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl("infra_check"), "hub", "hub");
             ResultSet rs = c.createStatement().executeQuery(
                     "select current_user, current_database(), (select pg_get_userbyid(datdba) from pg_database where datname = current_database())")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("hub");
            assertThat(rs.getString(2)).isEqualTo("infra_check");
            assertThat(rs.getString(3)).isEqualTo("hub");
        }
        for (String db : HubInfrastructure.SERVICE_DATABASES) {
            try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl(db), "hub", "hub")) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    @Order(2)
    void redis_answers_ping() throws Exception {
        assertThat(ping(infra.redis().port())).isEqualTo("+PONG\r\n");
    }

    @Test
    @Order(3)
    void redis_comes_back_on_the_same_port_after_a_stop() throws Exception {
        int port = infra.redis().port();
        infra.redis().stop();
        assertThat(Ports.isListening(port)).isFalse();
        infra.redis().start();
        assertThat(infra.redis().port()).isEqualTo(port);
        assertThat(ping(port)).isEqualTo("+PONG\r\n");
    }

    private static String ping(int port) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[7];
            int n = in.readNBytes(buf, 0, 7);
            return new String(buf, 0, n, StandardCharsets.US_ASCII);
        }
    }

    @Test
    @Order(3)
    void kafka_round_trips_a_record() {
        String topic = "infra.check." + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            send(topic, "k1", "hello");
            assertThat(poll(consumer, "hello", Duration.ofSeconds(60))).isTrue();
        }
    }

    @Test
    @Order(4)
    void keycloak_issues_tokens_with_roles_and_department() {
        KeycloakServer kc = infra.keycloak();
        String user = "handler-" + UUID.randomUUID().toString().substring(0, 8);
        String id = kc.createUser(user, "Secret-" + user, List.of("handler"), "D-TRANSPORT");
        assertThat(id).isNotBlank();
        JsonNode claims = claims(kc.token(user, "Secret-" + user));
        assertThat(claims.path("iss").asString()).isEqualTo(kc.issuer());
        assertThat(claims.path("preferred_username").asString()).isEqualTo(user);
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asString()));
        assertThat(roles).contains("handler");
        assertThat(claims.path("department").asString()).isEqualTo("D-TRANSPORT");
    }

    @Test
    @Order(5)
    void kafka_comes_back_on_the_same_port_after_a_stop_and_a_consumer_receives_what_is_sent_then() {
        String topic = "infra.restart." + UUID.randomUUID();
        String bootstrap = infra.kafka().bootstrapServers();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            send(topic, "k", "before");
            assertThat(poll(consumer, "before", Duration.ofSeconds(60))).isTrue();

            long t = System.nanoTime();
            infra.kafka().stop();
            assertThat(Ports.isListening(infra.kafka().port())).isFalse();
            long stopped = System.nanoTime();
            infra.kafka().start();
            System.out.printf("[local-infra] kafka stop %d ms, start again %d ms%n",
                    (stopped - t) / 1_000_000, (System.nanoTime() - stopped) / 1_000_000);
            assertThat(infra.kafka().bootstrapServers()).isEqualTo(bootstrap);

            send(topic, "k", "after");
            assertThat(poll(consumer, "after", Duration.ofSeconds(90))).isTrue();
        }
    }

    private static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "infra-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    private static boolean poll(KafkaConsumer<String, String> consumer, String value, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (value.equals(r.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(payload));
    }
}
