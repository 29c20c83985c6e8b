package org.citizenhub.hall.catalogue;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import org.citizenhub.hall.ServiceHallApplication;
import org.citizenhub.hall.catalogue.domain.Item;
import org.citizenhub.hall.catalogue.domain.ItemVersion;

/**
 * {@code gov.hub.hall.item.published.v1} and {@code gov.hub.hall.item.withdrawn.v1} on topic
 * {@code gov.hub.hall.item}, keyed by the 实施编码 (one item's events in order). Schema:
 * resources/events/hall.item.v1.schema.json. Codes, kind, departments, limits: nothing personal (the acting staff
 * member is in the audit log, not on the bus).
 *
 * @param supersededVersionId published: the version this one replaced, if any
 * @param site                the site of the accepting department
 */
public record ItemEvent(EventMetadata metadata, Data data) implements IntegrationEvent {

    public static final String TOPIC = "gov.hub.hall.item";
    public static final URI SOURCE = URI.create("/citizen-hub/service-hall");
    public static final String PUBLISHED = "published";
    public static final String WITHDRAWN = "withdrawn";

    public record Data(UUID itemId, UUID versionId, int versionNumber, String basicCode, String implementationCode,
                       String event, String name, String kind, String acceptingDepartment, List<String> departments,
                       String site, int statutoryWorkingDays, int promisedWorkingDays, String onlineLevel,
                       UUID supersededVersionId, OffsetDateTime occurredAt) {
    }

    public static String type(String event) {
        return "gov.hub.hall.item." + event + ".v1";
    }

    static ItemEvent of(String event, Item item, ItemVersion version, UUID supersededVersionId, String site,
                        Clock clock) {
        var code = item.codes().implementationCode();
        var g = version.content().guide();
        return new ItemEvent(EventMetadata.create(type(event), SOURCE, code, TOPIC, code, clock),
                new Data(item.id(), version.id(), version.number(), item.codes().basicCode(), code, event,
                        g.name().zh(), g.kind().name(), item.acceptingDepartment(), g.departments(), site,
                        g.limits().statutoryWorkingDays(), g.limits().promisedWorkingDays(),
                        g.onlineLevel().name(), supersededVersionId,
                        OffsetDateTime.now(clock.withZone(ServiceHallApplication.ZONE))));
    }
}
