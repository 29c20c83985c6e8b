package org.citizenhub.supervision.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.supervision.exchange.domain.RetrySchedule;
import org.citizenhub.supervision.exchange.domain.TargetPolicy;
import org.citizenhub.supervision.exchange.domain.WebhookSecret;
import org.citizenhub.supervision.exchange.domain.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the pending deliveries: only the head of each case's queue (per subscription), so a case's next event waits
 * until the one before is delivered or dead; one virtual thread per subscription with work, so a slow or dead
 * receiver holds only its own subscription. Rows are claimed with {@code for update skip locked} and a lease, so
 * replicas share the work.
 */
@Component
class Dispatcher implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** Stands in for "no subscription busy" in {@code not in (:busy)}. */
    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ExchangeProperties properties;
    private final RetrySchedule schedule;
    private final TargetPolicy targets;
    private final SecretBox secrets;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<UUID> busy = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

    /** Who pauses a subscription whose receiver is gone, in the audit log. */
    static final AuditActor SYSTEM = new AuditActor("system", "supervision-exchange");

    private final MeterRegistry meters;
    private final AuditLog audit;

    Dispatcher(JdbcClient jdbc, TransactionTemplate transaction, ExchangeProperties properties, JsonMapper json,
               Clock clock, MeterRegistry meters, AuditLog audit) {
        this.meters = meters;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.schedule = new RetrySchedule(properties.retrySchedule(), properties.maxAttempts());
        this.targets = new TargetPolicy(properties.allowLoopbackHttp());
        this.secrets = new SecretBox(properties.secretKey());
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).executor(senders).build();
    }

    record Claimed(long id, UUID subscription, String url, byte[] secret, String eventId, String type,
                   String source, String subject, Instant occurredAt, String data, int attempts) {
    }

    /** The intake stored new deliveries: dispatch now rather than at the next round. */
    void wakeUp() {
        if (wakeUpQueued.compareAndSet(false, true)) {
            try {
                senders.execute(() -> {
                    wakeUpQueued.set(false);
                    dispatch();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeUpQueued.set(false);
            }
        }
    }

    @Scheduled(fixedDelayString = "${hub.supervision.exchange.dispatch-interval:PT0.2S}")
    void dispatch() {
        List<Claimed> claimed;
        synchronized (signal) {
            claimed = claim();
            Map<UUID, List<Claimed>> bySubscription = new LinkedHashMap<>();
            claimed.forEach(c -> bySubscription.computeIfAbsent(c.subscription(), k -> new ArrayList<>()).add(c));
            bySubscription.forEach((subscription, deliveries) -> {
                busy.add(subscription);
                senders.execute(() -> {
                    try {
                        sendAll(deliveries);
                    } finally {
                        busy.remove(subscription);
                        // what queued up for this subscription meanwhile, and each case's next event, may go now
                        wakeUp();
                    }
                });
            });
        }
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneId.of("UTC"));
        List<UUID> skip = busy.isEmpty() ? List.of(NONE) : List.copyOf(busy);
        return transaction.execute(status -> {
            List<Claimed> rows = jdbc.sql("""
                            select d.id, d.subscription_id, s.target_url, s.secret, e.event_id, e.type, e.source,
                                   e.subject, e.occurred_at, e.data::text as data, d.attempts
                              from ex_delivery d
                              join ex_subscription s on s.id = d.subscription_id
                              join ex_event e on e.seq = d.event_seq
                             where d.status = 'pending' and d.next_attempt_at <= :now
                               and (d.leased_until is null or d.leased_until <= :now)
                               and s.active and d.subscription_id not in (:busy)
                               and not exists (select 1 from ex_delivery b
                                                where b.subscription_id = d.subscription_id
                                                  and b.case_key = d.case_key and b.status = 'pending'
                                                  and b.id < d.id)
                             order by d.id
                             limit :batch
                               for update of d skip locked""")
                    .param("now", at).param("busy", skip).param("batch", properties.dispatchBatch())
                    .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getObject("subscription_id", UUID.class),
                            rs.getString("target_url"), rs.getBytes("secret"), rs.getString("event_id"),
                            rs.getString("type"), rs.getString("source"), rs.getString("subject"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("data"),
                            rs.getInt("attempts")))
                    .list();
            if (!rows.isEmpty()) {
                jdbc.sql("update ex_delivery set leased_until = :until where id in (:ids)")
                        .param("until", at.plus(properties.requestTimeout().multipliedBy(2)))
                        .param("ids", rows.stream().map(Claimed::id).toList()).update();
            }
            return rows;
        });
    }

    /** The heads of different cases are independent: sent side by side, so a round lasts as long as its slowest. */
    private void sendAll(List<Claimed> deliveries) {
        if (deliveries.size() == 1) {
            sendSafely(deliveries.getFirst());
            return;
        }
        List<java.util.concurrent.Future<?>> inFlight = new ArrayList<>();
        for (Claimed delivery : deliveries) {
            inFlight.add(senders.submit(() -> sendSafely(delivery)));
        }
        for (java.util.concurrent.Future<?> sending : inFlight) {
            try {
                sending.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("sending failed: {}", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sendSafely(Claimed delivery) {
        try {
            send(delivery);
        } catch (RuntimeException e) {
            LOG.warn("delivery {} failed unexpectedly: {}", delivery.id(), e.toString());
            failed(delivery, null, e.getClass().getSimpleName());
        }
    }

    private void send(Claimed delivery) {
        URI url = URI.create(delivery.url());
        var refusal = targets.refusal(url, Subscriptions.resolve(url));
        if (refusal.isPresent()) {
            failed(delivery, null, "target refused: " + refusal.get());
            return;
        }
        String body = body(delivery);
        long timestamp = clock.instant().getEpochSecond();
        WebhookSecret secret = secrets.open(delivery.secret());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.ID_HEADER, delivery.eventId())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(secret, delivery.eventId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered(delivery, response.statusCode());
            } else if (response.statusCode() == 410) {
                gone(delivery);
            } else {
                failed(delivery, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (java.io.IOException e) {
            failed(delivery, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, null, "interrupted");
        }
    }

    /** The Standard Webhooks payload shape: type, timestamp, data; plus the CloudEvent's id, source, subject. */
    private String body(Claimed delivery) {
        ObjectNode body = json.createObjectNode();
        body.put("type", delivery.type());
        body.put("timestamp", OffsetDateTime.ofInstant(delivery.occurredAt(), clock.getZone()).toString());
        body.put("id", delivery.eventId());
        body.put("source", delivery.source());
        if (delivery.subject() != null) {
            body.put("subject", delivery.subject());
        }
        body.set("data", json.readTree(delivery.data()));
        return json.writeValueAsString(body);
    }

    private void delivered(Claimed delivery, int status) {
        jdbc.sql("""
                        update ex_delivery set status = 'delivered', attempts = attempts + 1, last_status = :status,
                               last_error = null, leased_until = null, finished_at = :now
                         where id = :id""")
                .param("status", status).param("now", OffsetDateTime.now(clock)).param("id", delivery.id()).update();
        meters.counter("hub.exchange.deliveries", "outcome", "delivered").increment();
        // commit (ce_time) to the receiver's answer: the delivery time the exchange promises (p99 under 500 ms)
        Duration lag = Duration.between(delivery.occurredAt(), clock.instant());
        if (!lag.isNegative() && delivery.attempts() == 0) {
            Timer.builder("hub.exchange.delivery.lag").publishPercentileHistogram()
                    .maximumExpectedValue(Duration.ofMinutes(1)).register(meters).record(lag);
        }
    }

    /**
     * 410 Gone: the receiver says the endpoint no longer exists (Standard Webhooks: stop sending). The subscription is
     * paused, not deleted; the delivery stays pending without counting an attempt, for an administrator to resume.
     */
    private void gone(Claimed delivery) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update ex_subscription set active = false where id = :id").param("id", delivery.subscription())
                    .update();
            jdbc.sql("""
                            update ex_delivery set last_status = 410, last_error = 'HTTP 410: subscription paused',
                                   leased_until = null where id = :id""")
                    .param("id", delivery.id()).update();
            audit.record(SYSTEM, "exchange.subscription.paused", "webhook-subscription",
                    delivery.subscription().toString(), Map.of("reason", "receiver answered 410 Gone"));
        });
        meters.counter("hub.exchange.deliveries", "outcome", "gone").increment();
        LOG.warn("subscription {} paused: its receiver answered 410 Gone", delivery.subscription());
    }

    private void failed(Claimed delivery, Integer status, String error) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        var next = schedule.nextAttempt(attempts, now);
        jdbc.sql("""
                        update ex_delivery set status = :state, attempts = :attempts, last_status = :status,
                               last_error = :error, leased_until = null, next_attempt_at = :next, finished_at = :finished
                         where id = :id""")
                .param("state", next.isPresent() ? "pending" : "dead").param("attempts", attempts)
                .param("status", status).param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("next", OffsetDateTime.ofInstant(next.orElse(now), clock.getZone()))
                .param("finished", next.isPresent() ? null : OffsetDateTime.ofInstant(now, clock.getZone()))
                .param("id", delivery.id()).update();
        meters.counter("hub.exchange.deliveries", "outcome", next.isPresent() ? "failed" : "dead").increment();
        if (next.isEmpty()) {
            LOG.warn("delivery {} of event {} is dead after {} attempts: {}", delivery.id(), delivery.eventId(),
                    attempts, error);
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
