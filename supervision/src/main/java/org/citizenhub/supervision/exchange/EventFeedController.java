package org.citizenhub.supervision.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.List;
import org.citizenhub.supervision.exchange.domain.EventFamily;
import org.citizenhub.web.problem.HubProblem;
import org.citizenhub.web.security.KeycloakRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pull API for machine clients ({@code GET /api/supervision/exchange/events}): a family's stored events after a
 * cursor, for a token carrying the scope {@code events.<family>} (client-credentials grant). Events carry no
 * personal data (their schemas hold ids, codes, departments and times only).
 */
@RestController
@Tag(name = "Exchange: event feed for machine clients")
class EventFeedController {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ExchangeProperties properties;
    private final Clock clock;

    EventFeedController(JdbcClient jdbc, JsonMapper json, ExchangeProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    record FeedEvent(String id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {
    }

    /** A page of events; {@code next} is the cursor to ask with next time (the same when nothing came). */
    record Page(String family, List<FeedEvent> events, String next) {
    }

    @GetMapping("/exchange/events")
    @Operation(summary = "Events of a family after a cursor; needs the scope events.<family>")
    Page events(@RequestParam String family, @RequestParam(required = false) String after,
                @RequestParam(required = false) Integer limit, Authentication client) {
        EventFamily wanted = EventFamily.of(family)
                .orElseThrow(() -> new HubProblem(ExchangeProblem.UNKNOWN_EVENT_FAMILY, Subscriptions.knownFamilies()));
        boolean granted = client.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(KeycloakRoles.SCOPE_PREFIX + wanted.scope()));
        if (!granted) {
            throw new HubProblem(ExchangeProblem.EVENT_SCOPE_MISSING, wanted.scope());
        }
        long cursor = cursor(after);
        int size = limit == null ? properties.pullPageSize() : Math.clamp(limit, 1, properties.pullPageSize());
        List<Row> rows = jdbc.sql("""
                        select seq, event_id, type, source, subject, occurred_at, data::text as data from ex_event
                         where family = :family and seq > :after order by seq limit :limit""")
                .param("family", wanted.id()).param("after", cursor).param("limit", size)
                .query((rs, n) -> new Row(rs.getLong("seq"), new FeedEvent(rs.getString("event_id"),
                        rs.getString("type"), rs.getString("source"), rs.getString("subject"),
                        rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                                .toOffsetDateTime(), json.readTree(rs.getString("data")))))
                .list();
        long next = rows.isEmpty() ? cursor : rows.getLast().seq();
        return new Page(wanted.id(), rows.stream().map(Row::event).toList(), Long.toString(next));
    }

    private record Row(long seq, FeedEvent event) {
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            long cursor = Long.parseLong(after);
            if (cursor < 0) {
                throw new HubProblem(ExchangeProblem.INVALID_CURSOR);
            }
            return cursor;
        } catch (NumberFormatException e) {
            throw new HubProblem(ExchangeProblem.INVALID_CURSOR);
        }
    }
}
