package org.citizenhub.identity.calendar;

import java.net.URI;
import java.time.Clock;

import org.citizenhub.calendar.HolidayNotice;
import org.citizenhub.calendar.HolidayNoticeJson;
import org.citizenhub.calendar.spring.CalendarProperties;
import org.citizenhub.events.EventMetadata;
import org.citizenhub.events.IntegrationEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gov.hub.identity.holiday-notice.published.v1}: an administrator loaded (or replaced) a year's State Council
 * holiday notice. Key and subject are the year; the data is the whole notice in the {@link HolidayNoticeJson} form,
 * so the compacted topic keeps the latest notice of every year and each service's
 * {@link org.citizenhub.calendar.spring.HolidayNoticeFeed} can load it as it is.
 *
 * <p>Schema: identity/src/main/resources/events/holiday-notice.published.v1.schema.json.
 */
public record HolidayNoticePublished(EventMetadata metadata, JsonNode data) implements IntegrationEvent {

    public static final String TYPE = "gov.hub.identity.holiday-notice.published.v1";
    public static final String TOPIC = CalendarProperties.NOTICE_TOPIC;
    public static final URI SOURCE = URI.create("/citizen-hub/identity");

    static HolidayNoticePublished of(HolidayNotice notice, JsonMapper json, Clock clock) {
        String year = String.valueOf(notice.year());
        return new HolidayNoticePublished(EventMetadata.create(TYPE, SOURCE, year, TOPIC, year, clock),
                json.readTree(HolidayNoticeJson.write(notice)));
    }
}
