package org.citizenhub.calendar;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a {@link DeadlineClock}, for a {@code jsonb} column beside the item it times. */
public final class DeadlineClockJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DeadlineClockJson() {
    }

    public static String write(DeadlineClock clock) {
        return JSON.writeValueAsString(clock);
    }

    public static DeadlineClock read(String json) {
        return JSON.readValue(json, DeadlineClock.class);
    }
}
