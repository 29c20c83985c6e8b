package org.citizenhub.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.citizenhub.gateway.listener.AdminListener;
import org.citizenhub.gateway.support.Downstream;
import org.citizenhub.gateway.support.GatewayClient;
import org.citizenhub.gateway.support.GatewayInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Starts the gateway on free ports (public and admin) in front of real downstream HTTP servers, with real Keycloak
 * and Redis. The consultation service points at a port where nothing listens (a stopped service).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayITBase {

    static final GatewayInfrastructure INFRA = GatewayInfrastructure.get();
    static final Downstream IDENTITY = Downstream.start("identity");
    static final Downstream MAILBOX = Downstream.start("mailbox");
    static final Downstream SURVEY = Downstream.start("survey");
    /**
     * A privileged port nothing listens on: a free ephemeral port can be taken by another process before the test
     * uses it (seen once: a service of a concurrently running hub answered there), port 1 cannot be.
     */
    static final int STOPPED_PORT = 1;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", INFRA::issuer);
        registry.add("spring.data.redis.host", INFRA::redisHost);
        registry.add("spring.data.redis.port", INFRA::redisPort);
        registry.add("hub.gateway.admin.port", () -> 0);
        registry.add("hub.security.jwt.clock-skew", () -> "0s");
        registry.add("hub.gateway.resilience.time-limit", () -> "2s");
        registry.add("hub.gateway.rate-limit.namespace", () -> "it-" + UUID.randomUUID());
        registry.add("hub.services.identity.url", IDENTITY::url);
        registry.add("hub.services.mailbox.url", MAILBOX::url);
        registry.add("hub.services.survey.url", SURVEY::url);
        registry.add("hub.services.consultation.url", () -> "http://127.0.0.1:" + STOPPED_PORT);
        registry.add("hub.services.service-hall.url", () -> "http://127.0.0.1:" + STOPPED_PORT);
    }

    @LocalServerPort
    int publicPort;

    @Autowired
    AdminListener adminListener;

    GatewayClient publicPort() {
        return new GatewayClient(publicPort);
    }

    GatewayClient adminPort() {
        return new GatewayClient(adminListener.port());
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://citizenhub.example/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return problem;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
