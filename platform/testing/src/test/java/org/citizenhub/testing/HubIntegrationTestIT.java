package org.citizenhub.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citizenhub.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the test support end to end: a Spring Boot app wired by @HubIntegrationTest against the real servers. */
@HubIntegrationTest(classes = org.citizenhub.testing.check.InfraCheckApplication.class)
class HubIntegrationTestIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Environment env;
    @Value("${spring.data.redis.port}")
    int redisPort;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_app_talks_sql_to_its_own_database_owned_by_hub() {
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("infracheck" + SharedInfrastructure.databaseSuffix());
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("hub");
    }

    @Test
    void redis_of_the_shared_infrastructure_answers_ping() throws Exception {
        assertThat(env.getProperty("spring.data.redis.host")).isEqualTo("127.0.0.1");
        try (Socket socket = new Socket("127.0.0.1", redisPort)) {
            OutputStream out = socket.getOutputStream();
            out.write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            assertThat(new String(in.readNBytes(7), StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
        }
    }

    @Test
    void a_handler_token_from_keycloak_is_accepted_and_carries_role_and_department() throws Exception {
        Account handler = TestAccounts.handler("D-TRANSPORT");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/me"))
                .header("Authorization", handler.bearer()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"department\":\"D-TRANSPORT\"").contains("handler").contains(handler.username());
    }

    @Test
    void a_request_without_token_is_rejected() throws Exception {
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(401);
    }

    @Test
    void every_role_gets_its_own_fresh_account_with_a_token() {
        for (Account a : new Account[] {TestAccounts.citizen(), TestAccounts.reviewer(), TestAccounts.supervisor(),
                TestAccounts.admin()}) {
            assertThat(a.token()).isNotBlank();
            assertThat(a.id()).isNotBlank();
        }
        assertThat(TestAccounts.citizen().username()).isNotEqualTo(TestAccounts.citizen().username());
    }

    @Test
    void a_record_sent_by_the_app_reaches_a_probe_also_after_kafka_was_stopped_and_started_again() throws Exception {
        String topic = "gov.hub.testing.check";
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = KafkaProbe.subscribe(topic)) {
            kafka.send(topic, key, "before").get();
            assertThat(probe.awaitRecordWithKey(key, Duration.ofSeconds(30)).value()).isEqualTo("before");

            SharedInfrastructure.stopKafka();
            SharedInfrastructure.startKafka();

            String after = UUID.randomUUID().toString();
            kafka.send(topic, after, "after").get();
            ConsumerRecord<String, String> r = probe.awaitRecordWithKey(after, Duration.ofSeconds(60));
            assertThat(r.value()).isEqualTo("after");
        }
    }
}
