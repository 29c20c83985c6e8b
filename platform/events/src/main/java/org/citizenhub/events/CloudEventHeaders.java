package org.citizenhub.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary content mode, as Citizen Hub uses it: the record value is
 * the JSON event data, the attributes travel as {@code ce_*} headers (UTF-8), plus {@code content-type} and the W3C
 * {@code traceparent}.
 *
 * <p>Read side: {@code CloudEventHeaders ce = CloudEventHeaders.of(record);} then {@code ce.id()},
 * {@code ce.type()}...; attributes that are absent are null.
 *
 * @param specVersion {@code ce_specversion}, "1.0"
 * @param id          {@code ce_id}
 * @param type        {@code ce_type}
 * @param source      {@code ce_source}
 * @param subject     {@code ce_subject}
 * @param time        {@code ce_time} (RFC 3339)
 * @param contentType {@code content-type}
 * @param traceparent {@code traceparent} (or, from other producers, {@code ce_traceparent})
 */
public record CloudEventHeaders(String specVersion, String id, String type, URI source, String subject,
                                OffsetDateTime time, String contentType, String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static final String SPECVERSION_HEADER = "ce_specversion";
    public static final String ID_HEADER = "ce_id";
    public static final String TYPE_HEADER = "ce_type";
    public static final String SOURCE_HEADER = "ce_source";
    public static final String SUBJECT_HEADER = "ce_subject";
    public static final String TIME_HEADER = "ce_time";
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String TRACEPARENT_HEADER = "traceparent";
    private static final String CE_TRACEPARENT_HEADER = "ce_traceparent";

    /** The headers of an outgoing event, in binary mode; absent optional attributes are left out. */
    public static Map<String, byte[]> encode(EventMetadata metadata) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        put(headers, SPECVERSION_HEADER, SPEC_VERSION);
        put(headers, ID_HEADER, metadata.id());
        put(headers, TYPE_HEADER, metadata.type());
        put(headers, SOURCE_HEADER, metadata.source().toString());
        put(headers, SUBJECT_HEADER, metadata.subject());
        put(headers, TIME_HEADER, metadata.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        put(headers, CONTENT_TYPE_HEADER, JSON);
        put(headers, TRACEPARENT_HEADER, metadata.traceparent());
        return headers;
    }

    /** The CloudEvent attributes of a consumed record. */
    public static CloudEventHeaders of(ConsumerRecord<?, ?> record) {
        return of(record.headers());
    }

    /** The CloudEvent attributes in Kafka headers (the last value wins when a header repeats). */
    public static CloudEventHeaders of(Headers headers) {
        String traceparent = text(headers, TRACEPARENT_HEADER);
        return new CloudEventHeaders(
                text(headers, SPECVERSION_HEADER),
                text(headers, ID_HEADER),
                text(headers, TYPE_HEADER),
                uri(text(headers, SOURCE_HEADER)),
                text(headers, SUBJECT_HEADER),
                time(text(headers, TIME_HEADER)),
                text(headers, CONTENT_TYPE_HEADER),
                traceparent != null ? traceparent : text(headers, CE_TRACEPARENT_HEADER));
    }

    /** Whether the required attributes of a CloudEvents 1.0 event (specversion, id, type, source) are present. */
    public boolean isCloudEvent() {
        return SPEC_VERSION.equals(specVersion) && id != null && !id.isBlank() && type != null && source != null;
    }

    /** The event id, for de-duplication; fails if the record is not a CloudEvent. */
    public String requireId() {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Record has no ce_id header: not a CloudEvent in binary mode");
        }
        return id;
    }

    private static void put(Map<String, byte[]> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static URI uri(String value) {
        try {
            return value == null ? null : URI.create(value);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static OffsetDateTime time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
