package org.citizenhub.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.citizenhub.calendar.WorkingTime;
import org.citizenhub.casework.actor.Actor;
import org.citizenhub.casework.deadlines.CaseDeadlines;
import org.citizenhub.casework.deadlines.CaseRef;
import org.citizenhub.casework.deadlines.DeadlineAnnounced;
import org.citizenhub.casework.deadlines.DeadlineAnnouncer;
import org.citizenhub.casework.history.CaseStep;
import org.citizenhub.casework.history.StepHistory;
import org.citizenhub.casework.submission.IdempotencyKey;
import org.citizenhub.casework.tracking.TrackingNumber;
import org.citizenhub.casework.tracking.TrackingNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stand-in case service's persistence and deadline announcer, written the way the README asks a service to
 * use the library: its own table, sequence and history table; the announcer loads, announces and saves one case
 * per transaction under the case's version.
 */
@Component
public class TestCases implements DeadlineAnnouncer<UUID> {

    public static final String SERVICE = "testing";

    public record Case(UUID id, String run, TrackingNumber trackingNumber, String ownerId, String title,
                       String status, String department, boolean poison, CaseDeadlines deadlines, long version) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final WorkingTime time;
    private final Clock clock;
    private final TrackingNumbers numbers;
    private final StepHistory history;
    /** Announcement attempts per case, failed ones included. */
    public final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();

    TestCases(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, WorkingTime time,
              Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.time = time;
        this.clock = clock;
        this.numbers = TrackingNumbers.fromSequence(jdbc, "CW", "it_case_serial", clock);
        this.history = new StepHistory(jdbc, "it_case_history", "case_id");
    }

    public TrackingNumbers numbers() {
        return numbers;
    }

    public StepHistory history() {
        return history;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Inserts a case in the caller's transaction, with its first history step. */
    public Case insert(String run, String ownerId, String title, Optional<IdempotencyKey> key,
                       CaseDeadlines deadlines, boolean poison) {
        var c = new Case(UUID.randomUUID(), run, numbers.next(), ownerId, title, "ACCEPTED", "D-TEST", poison,
                deadlines, 0);
        jdbc.sql("""
                insert into it_case (id, run, tracking_number, owner_id, title, status, department, idempotency_key,
                                     poison, deadlines, next_announcement_at)
                values (:id, :run, :tn, :owner, :title, :status, :department, :key, :poison,
                        cast(:deadlines as jsonb), :next)
                """)
                .param("id", c.id()).param("run", run).param("tn", c.trackingNumber().value())
                .param("owner", ownerId).param("title", title).param("status", c.status())
                .param("department", c.department()).param("key", key.map(IdempotencyKey::value).orElse(null))
                .param("poison", poison).param("deadlines", deadlines.toJson())
                .param("next", deadlines.nextAnnouncementAt(time).map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null))
                .update();
        history.append(c.id(), CaseStep.of("SUBMITTED", null, c.status(),
                new Actor(ownerId, "Citizen " + ownerId, Actor.Role.CITIZEN, null), clock.instant()));
        return c;
    }

    public Case open(String run, String title, CaseDeadlines deadlines, boolean poison) {
        return transactions.execute(s -> insert(run, "owner-" + run, title, Optional.empty(), deadlines, poison));
    }

    public Optional<Case> byKey(String ownerId, IdempotencyKey key) {
        return jdbc.sql("select * from it_case where owner_id = :owner and idempotency_key = :key")
                .param("owner", ownerId).param("key", key.value()).query(this::map).optional();
    }

    public Case find(UUID id) {
        return jdbc.sql("select * from it_case where id = :id").param("id", id).query(this::map).single();
    }

    @Override
    public String name() {
        return "testing-cases";
    }

    @Override
    public List<UUID> dueCases(Instant now, int limit) {
        return jdbc.sql("""
                select id from it_case where next_announcement_at <= :now
                 order by next_announcement_at, id limit :limit
                """)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query(UUID.class).list();
    }

    @Override
    public int announce(UUID id, Instant now) {
        attempts.merge(id, 1, Integer::sum);
        Integer made = transactions.execute(s -> {
            Case c = find(id);
            if (c.poison()) {
                throw new IllegalStateException("case " + id + " cannot be read (stands in for a corrupt row)");
            }
            var ref = new CaseRef(SERVICE, "it-case", id.toString(), c.trackingNumber(), c.department());
            var announcements = c.deadlines().announce(ref, now, time, clock);
            for (DeadlineAnnounced event : announcements.events()) {
                events.publishEvent(event);
                history.append(id, new CaseStep(event.kind().name(), c.status(), c.status(), Actor.SYSTEM, now,
                        Map.of("deadline", event.data().deadline(), "dueAt", event.data().dueAt().toInstant())));
            }
            CaseDeadlines deadlines = announcements.deadlines();
            int rows = jdbc.sql("""
                    update it_case set deadlines = cast(:deadlines as jsonb), next_announcement_at = :next,
                           version = version + 1
                     where id = :id and version = :version
                    """)
                    .param("deadlines", deadlines.toJson())
                    .param("next", deadlines.nextAnnouncementAt(time).map(i -> i.atOffset(ZoneOffset.UTC))
                            .orElse(null))
                    .param("id", id).param("version", c.version())
                    .update();
            if (rows != 1) {
                throw new IllegalStateException("case " + id + " changed meanwhile");
            }
            return announcements.events().size();
        });
        return made == null ? 0 : made;
    }

    private Case map(ResultSet rs, int row) throws SQLException {
        return new Case(rs.getObject("id", UUID.class), rs.getString("run"),
                new TrackingNumber(rs.getString("tracking_number")), rs.getString("owner_id"), rs.getString("title"),
                rs.getString("status"), rs.getString("department"), rs.getBoolean("poison"),
                CaseDeadlines.fromJson(rs.getString("deadlines")), rs.getLong("version"));
    }
}
