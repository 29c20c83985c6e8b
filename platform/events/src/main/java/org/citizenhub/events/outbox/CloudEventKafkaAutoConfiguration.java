package org.citizenhub.events.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Spring Modulith's Kafka JSON message converter by {@link CloudEventJsonMessageConverter} (same JSON,
 * no {@code __TypeId__} header on CloudEvents). Modulith's {@code kafka-json.properties} defaults (byte-array
 * value (de)serializers) still apply.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class,
        beforeName = "org.springframework.modulith.events.kafka.KafkaJacksonConfiguration")
@ConditionalOnClass({RecordMessageConverter.class, JsonMapper.class})
@ConditionalOnProperty(name = "spring.modulith.events.kafka.enable-json", havingValue = "true", matchIfMissing = true)
public class CloudEventKafkaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(RecordMessageConverter.class)
    public CloudEventJsonMessageConverter cloudEventJsonMessageConverter(ObjectProvider<JsonMapper> jsonMapper) {
        return new CloudEventJsonMessageConverter(jsonMapper.getIfUnique(() -> JsonMapper.builder().build()));
    }
}
