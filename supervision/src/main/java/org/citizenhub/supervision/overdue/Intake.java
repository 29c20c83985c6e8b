package org.citizenhub.supervision.overdue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citizenhub.calendar.spring.HubCalendar;
import org.citizenhub.events.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies one consumed record to the read model, in one transaction with its idempotency marker (the CloudEvent's
 * {@code ce_id} in {@code sv_processed_event}): a redelivered or duplicated event changes nothing. A record the intake
 * cannot read is parked ({@code sv_parked_event}) and skipped; it never holds up the partition.
 */
@Component
class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReadModel model;
    private final TransactionTemplate transactions;
    private final HubCalendar calendar;
    private final OverdueProperties properties;
    private final Clock clock;
    private final Map<String, EventTranslator> translators;

    Intake(ReadModel model, TransactionTemplate transactions, HubCalendar calendar, OverdueProperties properties,
           Clock clock) {
        this.model = model;
        this.transactions = transactions;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.translators = EventTranslator.all().stream()
                .collect(Collectors.toUnmodifiableMap(EventTranslator::topic, Function.identity()));
    }

    java.util.Set<String> topics() {
        return translators.keySet();
    }

    /** Reads, translates and folds one record; parks it when it cannot be read. Database failures propagate (retried). */
    void accept(ConsumerRecord<String, byte[]> record) {
        CloudEventHeaders ce = CloudEventHeaders.of(record);
        Translation translation;
        try {
            translation = translate(record, ce);
        } catch (Payload.UnreadableEvent unreadable) {
            park(record, ce, unreadable.getMessage());
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (!model.firstTime(ce.id(), clock.instant())) {
                return;
            }
            var fold = new CaseFold(calendar.workingTime(), properties.dueSoonWorkingDays(),
                    properties.maxYellowWindow());
            translation.cases().forEach(fact -> apply(fold, fact));
            translation.ratings().forEach(fact -> model.applyRating(HallRatings.SERVICE, fact));
        });
    }

    /** After the attempts at a record failed: kept with the reason, so the partition moves on. */
    void park(ConsumerRecord<String, byte[]> record, Exception failure) {
        park(record, CloudEventHeaders.of(record), failure.toString());
    }

    private Translation translate(ConsumerRecord<String, byte[]> record, CloudEventHeaders ce) {
        if (!ce.isCloudEvent()) {
            throw new Payload.UnreadableEvent("not a CloudEvent (ce_specversion, ce_id, ce_type, ce_source)");
        }
        var translator = translators.get(record.topic());
        if (translator == null || record.value() == null) {
            throw new Payload.UnreadableEvent("no data, or a topic the read model does not read");
        }
        JsonNode data;
        try {
            data = JSON.readTree(record.value());
        } catch (JacksonException notJson) {
            throw new Payload.UnreadableEvent("data is not JSON: " + notJson.getOriginalMessage());
        }
        if (data == null || !data.isObject()) {
            throw new Payload.UnreadableEvent("data is not a JSON object");
        }
        return translator.translate(ce.type(), new Payload(data));
    }

    private void apply(CaseFold fold, CaseFact fact) {
        var h = fact.header();
        // a new case may be inserted by another consumer thread at the same time: then lock it and fold again
        for (int attempt = 0; ; attempt++) {
            var current = model.lockCase(h.service(), h.caseId());
            CaseRow next = fold.apply(current.orElse(null), fact);
            if (current.isPresent()) {
                model.updateCase(next);
                return;
            }
            if (model.insertCase(next) || attempt > 2) {
                return;
            }
        }
    }

    private void park(ConsumerRecord<String, byte[]> record, CloudEventHeaders ce, String reason) {
        log.warn("Parked {}-{}@{} (ce_id {}, ce_type {}): {}", record.topic(), record.partition(), record.offset(),
                ce.id(), ce.type(), reason);
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        transactions.executeWithoutResult(status -> model.park(record.topic(), record.partition(), record.offset(),
                ce.id(), ce.type(), reason, payload, clock.instant()));
    }
}
