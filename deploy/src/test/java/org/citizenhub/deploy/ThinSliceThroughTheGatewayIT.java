package org.citizenhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citizenhub.infra.HubEndpoints;
import org.citizenhub.testing.KafkaProbe;
import org.citizenhub.testing.SharedInfrastructure;
import org.citizenhub.testing.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spine end to end, as deployed: the real identity, gateway and mailbox-service jars run as their own processes
 * against the shared real servers; a citizen with a Keycloak token writes a letter through the gateway's public port,
 * the letter lands in PostgreSQL and its CloudEvent reaches a Kafka subscriber with the caller's trace. The mailbox
 * learns the sites (集约化) the way it does in production: from the site directory identity publishes on Kafka.
 */
class ThinSliceThroughTheGatewayIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Process> PROCESSES = new ArrayList<>();

    private static HubEndpoints infra;
    private static String mailboxDatabase;
    private static int gatewayPort;
    private static int gatewayAdminPort;

    @BeforeAll
    static void startIdentityTheGatewayAndTheMailboxAsProcesses() throws Exception {
        infra = SharedInfrastructure.get();
        mailboxDatabase = "mailbox_e2e";
        String jdbcUrl = SharedInfrastructure.database(mailboxDatabase);
        int identityPort = freePort();
        int mailboxPort = freePort();
        int surveyPort = freePort();
        gatewayPort = freePort();
        gatewayAdminPort = freePort();
        Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));

        Process identity = launch("identity", logs,
                "--server.port=" + identityPort,
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + SharedInfrastructure.database("identity_e2e"),
                "--spring.datasource.username=" + infra.postgresUsername(),
                "--spring.datasource.password=" + infra.postgresPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.keycloakIssuer());
        Process mailbox = launch("mailbox-service", logs,
                "--server.port=" + mailboxPort,
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + infra.postgresUsername(),
                "--spring.datasource.password=" + infra.postgresPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.keycloakIssuer());
        Process survey = launch("survey-service", logs,
                "--server.port=" + surveyPort,
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + SharedInfrastructure.database("survey_e2e"),
                "--spring.datasource.username=" + infra.postgresUsername(),
                "--spring.datasource.password=" + infra.postgresPassword(),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.keycloakIssuer());
        Process gateway = launch("gateway", logs,
                "--server.port=" + gatewayPort,
                "--hub.gateway.admin.port=" + gatewayAdminPort,
                "--hub.services.mailbox.url=http://127.0.0.1:" + mailboxPort,
                "--hub.services.survey.url=http://127.0.0.1:" + surveyPort,
                "--spring.data.redis.host=" + infra.redisHost(),
                "--spring.data.redis.port=" + infra.redisPort(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + infra.keycloakIssuer());

        awaitReady(identity, "http://127.0.0.1:" + identityPort + "/actuator/health/readiness", logs.resolve("identity.log"));
        awaitReady(mailbox, "http://127.0.0.1:" + mailboxPort + "/actuator/health/readiness", logs.resolve("mailbox-service.log"));
        // identity publishes the demo city's site directory once it is ready; the mailbox's public lists answer per
        // site from the moment it arrives (503 site-directory-not-loaded before)
        awaitReady(mailbox, "http://127.0.0.1:" + mailboxPort + "/public/mailboxes?site=DONGCHENG",
                logs.resolve("mailbox-service.log"));
        awaitReady(survey, "http://127.0.0.1:" + surveyPort + "/public/interviews?site=GOV",
                logs.resolve("survey-service.log"));
        awaitReady(gateway, "http://127.0.0.1:" + gatewayPort + "/actuator/health/readiness", logs.resolve("gateway.log"));
    }

    @AfterAll
    static void stopThem() {
        for (Process process : PROCESSES) {
            process.destroy();
        }
        for (Process process : PROCESSES) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void a_citizen_writes_a_letter_through_the_gateway_and_it_is_stored_and_published_with_the_callers_trace()
            throws Exception {
        var citizen = TestAccounts.citizen();
        String traceId = UUID.randomUUID().toString().replace("-", "");

        try (var probe = KafkaProbe.subscribe("gov.hub.mailbox.letter")) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/api/mailbox/letters"))
                    .header("Authorization", citizen.bearer())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"mailbox":"MAYOR","category":"SUGGESTION","title":"公交线路建议","body":"建议 12 路公交延长到新区。"}
                            """)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
            JsonNode receipt = JSON.readTree(response.body());
            String trackingNumber = receipt.get("trackingNumber").asString();
            assertThat(response.headers().firstValue("Location")).as("links point at the gateway's public path")
                    .hasValue("http://127.0.0.1:" + gatewayPort + "/api/mailbox/letters/" + trackingNumber);

            try (var db = DriverManager.getConnection(SharedInfrastructure.database(mailboxDatabase), infra.postgresUsername(),
                    infra.postgresPassword());
                 var query = db.prepareStatement("select id, writer_id from letter where tracking_number = ?")) {
                query.setString(1, trackingNumber);
                try (var rows = query.executeQuery()) {
                    assertThat(rows.next()).as("letter row for " + trackingNumber).isTrue();
                    assertThat(rows.getString("writer_id")).isEqualTo(citizen.id());
                    String letterId = rows.getString("id");

                    // Match on the letter's id: tracking numbers are unique per mailbox database, and other
                    // tests of this run publish to the same topic from databases of their own.
                    var record = probe.awaitRecord(r -> r.value().contains(letterId), Duration.ofSeconds(30));
                    assertThat(record.key()).isEqualTo(trackingNumber);
                    assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("gov.hub.mailbox.letter.submitted.v1");
                    assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(trackingNumber);
                    assertThat(KafkaProbe.header(record, "traceparent")).startsWith("00-" + traceId + "-");
                    assertThat(JSON.readTree(record.value()).get("letterId").asString()).isEqualTo(letterId);
                }
            }
        }
    }

    @Test
    void a_letter_is_screened_routed_answered_reviewed_published_and_rated_through_the_gateway_with_real_tokens()
            throws Exception {
        var citizen = TestAccounts.citizen();
        var office = TestAccounts.handler("D-GOV-OFFICE");
        var transport = TestAccounts.handler("D-TRANSPORT");
        var environment = TestAccounts.handler("D-ENVIRONMENT");
        var reviewer = TestAccounts.withRoles("D-GOV-OFFICE", "reviewer");

        var submitted = call("POST", "/api/mailbox/letters", citizen.bearer(), JSON.writeValueAsString(java.util.Map.of(
                "mailbox", "MAYOR", "category", "COMPLAINT", "title", "公交车站无遮雨棚",
                "body", "人民路公交站没有遮雨棚，联系电话 13800138000。", "agreesToPublication", true)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String tn = JSON.readTree(submitted.body()).get("trackingNumber").asString();
        String handling = "/api/mailbox/handling/letters/" + tn;

        assertThat(call("POST", handling + "/acceptance", office.bearer(), "{}").statusCode()).isEqualTo(200);
        var routed = call("POST", handling + "/assignment", office.bearer(), "{}");
        assertThat(JSON.readTree(routed.body()).get("department").asString()).isEqualTo("D-TRANSPORT");

        // refusal paths through the gateway
        assertThat(call("GET", handling, environment.bearer(), null).statusCode()).isEqualTo(404);
        assertThat(call("POST", handling + "/reply", citizen.bearer(), "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", handling + "/review", reviewer.bearer(), "{\"approve\":true}").statusCode())
                .isEqualTo(409);
        assertThat(call("POST", handling + "/reply", null, "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/mailbox/admin/mailboxes", TestAccounts.admin().bearer(), null).statusCode())
                .isEqualTo(404);

        assertThat(call("POST", handling + "/reply", transport.bearer(),
                "{\"text\":\"已列入改造计划，本月底前加装遮雨棚。\"}").statusCode()).isEqualTo(200);
        var preview = call("GET", handling + "/publication-preview", reviewer.bearer(), null);
        assertThat(preview.body()).doesNotContain("13800138000");
        assertThat(call("POST", handling + "/review", reviewer.bearer(),
                "{\"approve\":true,\"allowPublication\":true}").statusCode()).isEqualTo(200);
        var rated = call("POST", "/api/mailbox/letters/" + tn + "/rating", citizen.bearer(),
                "{\"rating\":\"SATISFIED\"}");
        assertThat(JSON.readTree(rated.body()).get("status").asString()).isEqualTo("CLOSED");

        var published = call("GET", "/api/mailbox/public/published-letters/" + tn, null, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("遮雨棚").doesNotContain("13800138000");
    }

    @Test
    void the_mailbox_lists_what_belongs_to_the_site_identity_published_with_or_without_its_districts() throws Exception {
        var dongcheng = call("GET", "/api/mailbox/public/mailboxes?site=dongcheng", null, null);
        assertThat(dongcheng.statusCode()).as(dongcheng.body()).isEqualTo(200);
        assertThat(dongcheng.body()).contains("\"DONGCHENG\"").doesNotContain("\"MAYOR\"", "\"XICHENG\"");

        var city = call("GET", "/api/mailbox/public/mailboxes?site=GOV", null, null);
        assertThat(city.body()).contains("\"MAYOR\"").doesNotContain("\"DONGCHENG\"");
        var cityAndDistricts = call("GET", "/api/mailbox/public/mailboxes?site=GOV&includeChildren=true", null, null);
        assertThat(cityAndDistricts.body()).contains("\"MAYOR\"", "\"DONGCHENG\"", "\"XICHENG\"");

        assertThat(call("GET", "/api/mailbox/public/mailboxes?site=NOWHERE", null, null).statusCode()).isEqualTo(404);
    }

    /**
     * Issue 12: whoever watches an online interview receives the approved question and the official's answer live,
     * by Server-Sent Events through the gateway's stream route (no time limit, no bulkhead), from the real
     * survey-service.
     */
    @Test
    void a_viewer_receives_an_interviews_question_and_answer_live_through_the_gateway() throws Exception {
        var citizen = TestAccounts.citizen();
        var transport = TestAccounts.handler("D-TRANSPORT");
        var now = java.time.Instant.now();
        var created = call("POST", "/api/survey/interviews", transport.bearer(), JSON.writeValueAsString(java.util.Map.of(
                "title", "聊聊公交线网优化", "guests", List.of("市交通运输局局长"),
                "startsAt", now.minusSeconds(60).toString(), "endsAt", now.plusSeconds(600).toString())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String interview = JSON.readTree(created.body()).get("id").asString();

        var received = new java.util.concurrent.LinkedBlockingQueue<String>();
        var stream = HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort
                        + "/api/survey/public/interviews/" + interview + "/live?site=GOV"))
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }
                    public void onNext(String line) {
                        received.add(line);
                    }
                    public void onError(Throwable throwable) {
                    }
                    public void onComplete() {
                    }
                }));
        try {
            Awaitility.await("the stream is open").atMost(Duration.ofSeconds(30))
                    .until(() -> received.stream().anyMatch(line -> line.startsWith(":connected")));

            var asked = call("POST", "/api/survey/interviews/" + interview + "/questions?site=GOV", citizen.bearer(),
                    "{\"text\":\"22路能否延长运营时间？我的电话13812345678\"}");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
            String question = JSON.readTree(asked.body()).get("id").asString();
            assertThat(call("POST", "/api/survey/interviews/" + interview + "/questions/" + question + "/approve",
                    transport.bearer(), null).statusCode()).isEqualTo(200);
            assertThat(call("POST", "/api/survey/interviews/" + interview + "/questions/" + question + "/answers",
                    transport.bearer(), "{\"text\":\"明年一季度起延长至23点。\"}").statusCode()).isBetween(200, 201);

            Awaitility.await("the answer arrives on the stream").atMost(Duration.ofSeconds(30))
                    .until(() -> received.stream().anyMatch(line -> line.contains("明年一季度起延长至23点")));
            assertThat(received).contains("event:question", "event:answer");
            assertThat(String.join("\n", received)).contains("138****5678").doesNotContain("13812345678");
        } finally {
            stream.cancel(true);
        }
    }

    private static HttpResponse<String> call(String method, String path, String bearer, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_services_api_document_is_served_through_the_gateway_with_the_gateway_as_server_and_a_bearer_scheme()
            throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort
                + "/api/mailbox/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("info").get("title").asString()).isEqualTo("Citizen Hub · mailbox-service");
        assertThat(document.get("servers").get(0).get("url").asString())
                .isEqualTo("http://127.0.0.1:" + gatewayPort + "/api/mailbox");
        assertThat(document.get("components").get("securitySchemes").has("keycloak-bearer")).isTrue();
        assertThat(document.get("paths").has("/letters")).isTrue();
    }

    @Test
    void without_a_token_the_gateway_answers_401_problem_details_before_the_service_is_reached() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/api/mailbox/letters"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void the_public_receipt_lookup_needs_no_token_through_the_gateway() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort
                + "/api/mailbox/public/letters/ML20991231999999")).header("X-Query-Code", "AAAAAAAA").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/letter-not-found");
    }

    private static Process launch(String module, Path logs, String... arguments) throws IOException {
        Path jar = HubService.ALL.stream().filter(service -> service.module().equals(module)).findFirst()
                .flatMap(service -> service.jar(ROOT))
                .orElseThrow(() -> new IllegalStateException(module + " is not built: run ./hub test or mvn install"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m", "-Duser.timezone=Asia/Shanghai", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile()).start();
        PROCESSES.add(process);
        return process;
    }

    private static void awaitReady(Process process, String url, Path log) {
        Awaitility.await(url + " ready (log " + log.toAbsolutePath() + ")")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("process died; see " + log.toAbsolutePath());
                    }
                    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET()
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
