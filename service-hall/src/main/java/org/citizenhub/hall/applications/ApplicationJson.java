package org.citizenhub.hall.applications;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.citizenhub.calendar.DeadlineClock;
import org.citizenhub.calendar.DeadlineClockJson;
import org.citizenhub.calendar.WorkingDays;
import org.citizenhub.hall.applications.domain.Applicant;
import org.citizenhub.hall.applications.domain.Application;
import org.citizenhub.hall.applications.domain.Phase;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The stored form of an {@link Application} (one jsonb column beside the queried ones): the records as they are,
 * the phase and the applicant named by a type property, every deadline clock in platform/calendar's own stored
 * form ({@link DeadlineClockJson}), so the domain carries no persistence annotations.
 */
final class ApplicationJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "phase")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Phase.PreReview.class, name = "pre-review"),
            @JsonSubTypes.Type(value = Phase.AwaitingCorrection.class, name = "awaiting-correction"),
            @JsonSubTypes.Type(value = Phase.NotAccepted.class, name = "not-accepted"),
            @JsonSubTypes.Type(value = Phase.Review.class, name = "review"),
            @JsonSubTypes.Type(value = Phase.Decided.class, name = "decided")})
    interface PhaseTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Applicant.Person.class, name = "person"),
            @JsonSubTypes.Type(value = Applicant.LegalPerson.class, name = "legal-person")})
    interface ApplicantTypes {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Phase.class, PhaseTypes.class)
            .addMixIn(Applicant.class, ApplicantTypes.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("hall-application-clocks")
                    .addSerializer((Class) DeadlineClock.class, new ValueSerializer<DeadlineClock<?>>() {
                        @Override
                        public void serialize(DeadlineClock<?> value, JsonGenerator gen, SerializationContext ctxt) {
                            gen.writeRawValue(DeadlineClockJson.write(value));
                        }
                    })
                    .addDeserializer((Class) DeadlineClock.class, new ValueDeserializer<DeadlineClock<?>>() {
                        @Override
                        public DeadlineClock<?> deserialize(JsonParser p, DeserializationContext ctxt) {
                            return DeadlineClockJson.read(ctxt.readTree(p).toString(), WorkingDays.class);
                        }
                    }))
            .build();

    private ApplicationJson() {
    }

    static String write(Application application) {
        return MAPPER.writeValueAsString(application);
    }

    static Application read(String json) {
        return MAPPER.readValue(json, Application.class);
    }
}
