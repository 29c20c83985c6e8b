package org.citizenhub.supervision.exchange;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.citizenhub.audit.AuditActor;
import org.citizenhub.audit.AuditLog;
import org.citizenhub.supervision.exchange.domain.EventFamily;
import org.citizenhub.supervision.exchange.domain.RetentionPolicy;
import org.citizenhub.supervision.exchange.domain.TargetPolicy;
import org.citizenhub.supervision.exchange.domain.WebhookSecret;
import org.citizenhub.web.problem.HubProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's use cases on webhook subscriptions: create (the secret shown once), pause and resume, delete,
 * replay from a point in time, redeliver a delivered or dead message, and the deliveries' state. Every change is
 * audit-logged.
 */
@Service
public class Subscriptions {

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final TargetPolicy targets;
    private final AuditLog audit;
    private final Clock clock;
    private final RetentionPolicy retention;

    Subscriptions(JdbcClient jdbc, ExchangeProperties properties, ExchangeRetentionProperties retention,
                  AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention.policy();
        this.secrets = new SecretBox(properties.secretKey());
        this.targets = new TargetPolicy(properties.allowLoopbackHttp());
        this.audit = audit;
        this.clock = clock;
    }

    public record NewSubscription(String name, List<String> families, String department, String url) {
    }

    public record Subscription(UUID id, String name, List<String> families, String department, String url,
                               boolean active, Instant createdAt, String createdBy) {
    }

    /** The new subscription and its secret: the only time the secret is shown. */
    public record Created(Subscription subscription, String secret) {
    }

    public record Delivery(long id, String eventId, String eventType, String caseKey, String cause, String status,
                           int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError,
                           Instant finishedAt) {
    }

    @Transactional
    public Created create(NewSubscription request, AuditActor admin) {
        List<EventFamily> families = families(request.families());
        URI url = checkedTarget(request.url());
        WebhookSecret secret = WebhookSecret.generate();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into ex_subscription (id, name, families, department, target_url, secret, active,
                                                     created_at, created_by)
                        values (:id, :name, :families, :department, :url, :secret, true, :now, :by)""")
                .param("id", id).param("name", request.name())
                .param("families", families.stream().map(EventFamily::id).toArray(String[]::new))
                .param("department", blankToNull(request.department())).param("url", url.toString())
                .param("secret", secrets.seal(secret)).param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .param("by", admin.username() == null ? admin.subject() : admin.username())
                .update();
        Subscription created = find(id);
        audit.record(admin, "exchange.subscription.created", "webhook-subscription", id.toString(),
                details(created));
        return new Created(created, secret.text());
    }

    public List<Subscription> list() {
        return jdbc.sql("select * from ex_subscription order by created_at, id").query(this::subscription).list();
    }

    public Subscription find(UUID id) {
        return jdbc.sql("select * from ex_subscription where id = :id").param("id", id).query(this::subscription)
                .optional().orElseThrow(() -> new HubProblem(ExchangeProblem.SUBSCRIPTION_NOT_FOUND, id));
    }

    /** Paused: deliveries still queue up (nothing is lost), they are sent once it is active again. */
    @Transactional
    public Subscription setActive(UUID id, boolean active, AuditActor admin) {
        find(id);
        jdbc.sql("update ex_subscription set active = :active where id = :id").param("active", active)
                .param("id", id).update();
        audit.record(admin, active ? "exchange.subscription.resumed" : "exchange.subscription.paused",
                "webhook-subscription", id.toString(), Map.of());
        return find(id);
    }

    @Transactional
    public void delete(UUID id, AuditActor admin) {
        Subscription gone = find(id);
        jdbc.sql("delete from ex_subscription where id = :id").param("id", id).update();
        audit.record(admin, "exchange.subscription.deleted", "webhook-subscription", id.toString(), details(gone));
    }

    /**
     * Queues again every stored event of the subscription's families and department that occurred at or after
     * {@code from}, in the order the exchange stored them; each case's deliveries keep their order behind what is
     * still pending. Returns how many were queued. A replay from before the retention's horizon is refused rather
     * than quietly sending less than was asked for: the problem names the earliest point a replay may start from.
     */
    @Transactional
    public int replay(UUID id, Instant from, AuditActor admin) {
        find(id);
        Instant now = clock.instant();
        if (!retention.replayReaches(from, now)) {
            throw new HubProblem(ExchangeProblem.REPLAY_BEFORE_RETENTION,
                    OffsetDateTime.ofInstant(retention.replayHorizon(now), clock.getZone()).withNano(0).toString(),
                    retention.events().toDays());
        }
        int queued = jdbc.sql("""
                        insert into ex_delivery (subscription_id, event_seq, case_key, cause, status, next_attempt_at,
                                                 created_at)
                        select s.id, e.seq, e.case_key, 'replay', 'pending', :now, :now
                          from ex_subscription s join ex_event e on e.family = any (s.families)
                                 and (s.department is null or s.department = any (e.departments))
                         where s.id = :id and e.occurred_at >= :from
                         order by e.seq""")
                .param("id", id).param("from", OffsetDateTime.ofInstant(from, clock.getZone()))
                .param("now", OffsetDateTime.ofInstant(now, clock.getZone())).update();
        audit.record(admin, "exchange.subscription.replayed", "webhook-subscription", id.toString(),
                Map.of("from", from.toString(), "queued", queued));
        return queued;
    }

    /** Sends a delivered or dead message once more, as a new delivery at the end of its case's queue. */
    @Transactional
    public Delivery redeliver(UUID id, long deliveryId, AuditActor admin) {
        Delivery delivery = delivery(id, deliveryId);
        if (delivery.status().equals("pending")) {
            throw new HubProblem(ExchangeProblem.DELIVERY_STILL_PENDING, deliveryId);
        }
        Instant now = clock.instant();
        Long created = jdbc.sql("""
                        insert into ex_delivery (subscription_id, event_seq, case_key, cause, status, next_attempt_at,
                                                 created_at)
                        select subscription_id, event_seq, case_key, 'redelivery', 'pending', :now, :now
                          from ex_delivery where id = :delivery
                        returning id""")
                .param("delivery", deliveryId).param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .query(Long.class).single();
        audit.record(admin, "exchange.delivery.redelivered", "webhook-subscription", id.toString(),
                Map.of("delivery", deliveryId, "newDelivery", created, "event", delivery.eventId()));
        return delivery(id, created);
    }

    public List<Delivery> deliveries(UUID id, String status, int limit) {
        find(id);
        return jdbc.sql("""
                        select d.*, e.event_id, e.type from ex_delivery d join ex_event e on e.seq = d.event_seq
                         where d.subscription_id = :id and (cast(:status as text) is null or d.status = :status)
                         order by d.id desc limit :limit""")
                .param("id", id).param("status", status).param("limit", Math.clamp(limit, 1, 500))
                .query((rs, n) -> delivery(rs)).list();
    }

    Delivery delivery(UUID id, long deliveryId) {
        return jdbc.sql("""
                        select d.*, e.event_id, e.type from ex_delivery d join ex_event e on e.seq = d.event_seq
                         where d.subscription_id = :id and d.id = :delivery""")
                .param("id", id).param("delivery", deliveryId).query((rs, n) -> delivery(rs)).optional()
                .orElseThrow(() -> new HubProblem(ExchangeProblem.DELIVERY_NOT_FOUND, deliveryId));
    }

    /** The URL if {@link TargetPolicy} lets the hub call it; otherwise the rule's problem. */
    URI checkedTarget(String text) {
        URI url;
        try {
            url = text == null ? null : URI.create(text.trim());
        } catch (IllegalArgumentException malformed) {
            url = null;
        }
        Optional<TargetPolicy.Rule> refusal = targets.refusal(url, resolve(url));
        if (refusal.isPresent()) {
            throw new HubProblem(ExchangeProblem.of(refusal.get()));
        }
        return url;
    }

    static List<InetAddress> resolve(URI url) {
        if (url == null || url.getHost() == null) {
            return List.of();
        }
        try {
            String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
                    : url.getHost();
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException unknown) {
            return List.of();
        }
    }

    static List<EventFamily> families(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new HubProblem(ExchangeProblem.UNKNOWN_EVENT_FAMILY, knownFamilies());
        }
        return ids.stream().distinct().map(id -> EventFamily.of(id)
                .orElseThrow(() -> new HubProblem(ExchangeProblem.UNKNOWN_EVENT_FAMILY, knownFamilies()))).toList();
    }

    static String knownFamilies() {
        return String.join(", ", Arrays.stream(EventFamily.values()).map(EventFamily::id).toList());
    }

    private Subscription subscription(java.sql.ResultSet rs, int row) throws SQLException {
        Array families = rs.getArray("families");
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("name"),
                List.of((String[]) families.getArray()), rs.getString("department"), rs.getString("target_url"),
                rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"));
    }

    private static Delivery delivery(java.sql.ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        Object lastStatus = rs.getObject("last_status");
        return new Delivery(rs.getLong("id"), rs.getString("event_id"), rs.getString("type"), rs.getString("case_key"),
                rs.getString("cause"), rs.getString("status"), rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
                lastStatus == null ? null : ((Number) lastStatus).intValue(), rs.getString("last_error"),
                finished == null ? null : finished.toInstant());
    }

    private static Map<String, Object> details(Subscription s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", s.name());
        details.put("families", s.families());
        details.put("department", s.department());
        details.put("url", s.url());
        return details;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
