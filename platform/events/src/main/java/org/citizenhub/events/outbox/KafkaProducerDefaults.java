package org.citizenhub.events.outbox;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * Producer settings the outbox relies on, applied unless the service configured them itself
 * ({@code spring.kafka.producer.acks}, {@code spring.kafka.producer.properties[max.block.ms]}, ...): idempotent,
 * {@code acks=all}, and short timeouts so a broker outage fails the send quickly (the publication then stays
 * outstanding in the registry and is resubmitted) instead of blocking the request thread for a minute.
 */
public class KafkaProducerDefaults implements DefaultKafkaProducerFactoryCustomizer {

    public static final Map<String, Object> DEFAULTS = Map.of(
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");

    @Override
    public void customize(DefaultKafkaProducerFactory<?, ?> producerFactory) {
        Map<String, Object> configured = producerFactory.getConfigurationProperties();
        Map<String, Object> missing = new HashMap<>();
        DEFAULTS.forEach((name, value) -> {
            if (!configured.containsKey(name)) {
                missing.put(name, value);
            }
        });
        if (!missing.isEmpty()) {
            producerFactory.updateConfigs(missing);
        }
    }
}
