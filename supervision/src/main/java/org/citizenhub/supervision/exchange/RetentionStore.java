package org.citizenhub.supervision.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The purge's SQL, one batch at a time. Each {@link #delete} is a single statement (its own short transaction) that
 * checks the rule again, so a row that changed since it was picked (a redelivery now refers to the event) stays.
 */
@Component
class RetentionStore {

    /** What the purge deletes, in this order: deliveries first, since they keep their events. */
    enum Kind {
        DELIVERED, DEAD, EVENTS;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} ids (or event seqs) after {@code after} that the rule lets go, in ascending order. */
    List<Long> candidates(Kind kind, Instant before, long after, int limit) {
        String sql = switch (kind) {
            case DELIVERED, DEAD -> """
                    select id from ex_delivery
                     where status = :status and finished_at < :before and id > :after
                     order by id limit :limit""";
            case EVENTS -> """
                    select e.seq from ex_event e
                     where e.seq > :after and e.occurred_at < :before and e.received_at < :before
                       and not exists (select 1 from ex_delivery d where d.event_seq = e.seq)
                     order by e.seq limit :limit""";
        };
        var statement = jdbc.sql(sql).param("before", at(before)).param("after", after).param("limit", limit);
        if (kind != Kind.EVENTS) {
            statement = statement.param("status", kind.tag());
        }
        return statement.query(Long.class).list();
    }

    /** Deletes those of {@code ids} the rule still lets go; returns how many. */
    int delete(Kind kind, List<Long> ids, Instant before) {
        String sql = switch (kind) {
            case DELIVERED, DEAD -> """
                    delete from ex_delivery
                     where id = any (:ids) and status = :status and finished_at < :before""";
            case EVENTS -> """
                    delete from ex_event e
                     where e.seq = any (:ids) and e.occurred_at < :before and e.received_at < :before
                       and not exists (select 1 from ex_delivery d where d.event_seq = e.seq)""";
        };
        var statement = jdbc.sql(sql).param("ids", ids.toArray(Long[]::new)).param("before", at(before));
        if (kind != Kind.EVENTS) {
            statement = statement.param("status", kind.tag());
        }
        return statement.update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
