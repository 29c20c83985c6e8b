package org.citizenhub.supervision.exchange;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.citizenhub.supervision.exchange.examples.WebhookVerifier;
import org.citizenhub.supervision.exchange.examples.WebhookVerifier.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real receiver on 127.0.0.1 that checks every delivery with the example verifier: accepted ones are processed
 * (kept in arrival order), duplicates answered 200 without processing, anything not verified answered 401. It can
 * go down (its port closed) and come back on the same port, or answer 500 while "failing".
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String webhookId, String subject, String type, JsonNode body, Outcome outcome, long arrivedAtMillis) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Received> all = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile WebhookVerifier verifier;
    private volatile boolean failing;
    private volatile int failStatus = 500;
    private volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(0);
    private HttpServer server;
    private int port;

    WebhookReceiver(Clock clock) {
        this.clock = clock;
        start(0);
    }

    void trust(String secret) {
        this.verifier = new WebhookVerifier(secret, clock);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/citizen-hub";
    }

    synchronized void goDown() {
        server.stop(0);
        server = null;
    }

    synchronized void comeBack() {
        start(port);
    }

    /** Answers nothing until {@link #release()}: a slow receiver. */
    void hold() {
        held = new java.util.concurrent.CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    void failWith500(boolean failing) {
        this.failStatus = 500;
        this.failing = failing;
    }

    /** Answers 410 Gone: the endpoint no longer exists. */
    void gone(boolean gone) {
        this.failStatus = 410;
        this.failing = gone;
    }

    /** What was processed, in arrival order (duplicates and refusals left out). */
    List<Received> processed() {
        return all.stream().filter(r -> r.outcome() == Outcome.ACCEPTED).toList();
    }

    List<Received> all() {
        return new ArrayList<>(all);
    }

    private void start(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hooks/citizen-hub", exchange -> {
            long arrived = System.currentTimeMillis();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            if (failing) {
                status = failStatus;
            } else {
                var headers = exchange.getRequestHeaders();
                Outcome outcome = verifier.verify(headers::getFirst, body);
                JsonNode json = JSON.readTree(body);
                all.add(new Received(headers.getFirst("webhook-id"), json.path("subject").asString(null),
                        json.path("type").asString(), json, outcome, arrived));
                status = outcome == Outcome.ACCEPTED || outcome == Outcome.REPLAYED ? 204 : 401;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @Override
    public synchronized void close() {
        release();
        if (server != null) {
            server.stop(0);
        }
    }
}
