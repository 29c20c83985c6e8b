package org.citizenhub.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link HolidayNotice}: the bundled files, the administrators' upload and the event payload
 * all use it. Reading is strict (an unknown field is refused, dates must exist), so a typo is an error rather
 * than a silently ignored line.
 */
public final class HolidayNoticeJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private HolidayNoticeJson() {
    }

    /** The notice in the JSON; {@link InvalidNoticeException} if it is not well-formed (soundness is not checked). */
    public static HolidayNotice read(String json) {
        try {
            return JSON.readValue(json, HolidayNotice.class);
        } catch (JacksonException malformed) {
            throw new InvalidNoticeException(List.of(violation(malformed)));
        }
    }

    public static HolidayNotice read(InputStream json) {
        try (json) {
            return JSON.readValue(json, HolidayNotice.class);
        } catch (JacksonException malformed) {
            throw new InvalidNoticeException(List.of(violation(malformed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(HolidayNotice notice) {
        return JSON.writeValueAsString(notice);
    }

    private static ScheduleViolation violation(JacksonException malformed) {
        if (malformed instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return new ScheduleViolation("malformed", field, "'" + field
                    + "' is unknown or has an invalid value (dates are yyyy-MM-dd and must exist)");
        }
        var location = malformed.getLocation();
        return new ScheduleViolation("malformed", "", "not valid JSON"
                + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr()));
    }
}
