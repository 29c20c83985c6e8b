package org.citizenhub.events.outbox;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.citizenhub.events.CloudEventHeaders;
import org.springframework.kafka.support.converter.ByteArrayJacksonJsonMessageConverter;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Modulith's Kafka JSON converter, minus the {@code __TypeId__} header it adds to every record: a
 * CloudEvent's type is {@code ce_type}, and Java class names of the producer must not become part of the contract
 * other systems read. Messages that are not CloudEvents keep the type header.
 */
public class CloudEventJsonMessageConverter extends ByteArrayJacksonJsonMessageConverter {

    public CloudEventJsonMessageConverter(JsonMapper jsonMapper) {
        super(jsonMapper);
    }

    @Override
    protected Headers initialRecordHeaders(Message<?> message) {
        if (message.getHeaders().containsKey(CloudEventHeaders.SPECVERSION_HEADER)) {
            return new RecordHeaders();
        }
        return super.initialRecordHeaders(message);
    }
}
