package org.citizenhub.consultation.open311;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.citizenhub.consultation.ConsultationApplication;

/** The GeoReport v2 JSON documents, field for field as the spec names them. */
final class Open311Views {

    private Open311Views() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ServiceView(String service_code, String service_name, String description, boolean metadata, String type,
                       String keywords, String group) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ServiceDefinition(String service_code, List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Attribute(boolean variable, String code, String datatype, boolean required, String datatype_description,
                     int order, String description, List<Value> values) {
    }

    record Value(String key, String name) {
    }

    /** One service request; {@code long} is a Java keyword, hence the property name on {@code lon}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RequestView(String service_request_id, String status, String status_notes, String service_name,
                       String service_code, String description, String agency_responsible, String service_notice,
                       String requested_datetime, String updated_datetime, String expected_datetime, String address,
                       BigDecimal lat, @JsonProperty("long") BigDecimal lon, String media_url) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Created(String service_request_id, String service_notice, String account_id) {
    }

    /** ISO 8601 with the offset of Asia/Shanghai, to the second: {@code 2026-10-09T10:00:00+08:00}. */
    static String datetime(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(ConsultationApplication.ZONE).toOffsetDateTime());
    }
}
